import asyncio
from operator import itemgetter, attrgetter, methodcaller

class Task:
    def __init__(self, name, prio, due):
        self.name, self.prio, self.due = name, prio, due
    def __repr__(self):
        return f"Task({self.name!r}, {self.prio}, {self.due})"

async def collect():
    out = []
    for t in [("write", 2, 5), ("test", 1, 3), ("deploy", 2, 1), ("Review", 1, 3), ("docs", 3, 9)]:
        await asyncio.sleep(0)
        out.append(Task(*t))
    return out

async def main():
    tasks = await collect()
    print(sorted(tasks, key=attrgetter("prio", "due")))
    print(sorted(tasks, key=lambda t: (-t.prio, t.name)))
    print(sorted(tasks, key=attrgetter("name")), sorted(tasks, key=lambda t: t.name.lower()))
    print([t.name for t in sorted(tasks, key=attrgetter("due"), reverse=True)])
    recs = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
    print(sorted(recs, key=itemgetter("v")), sorted(recs, key=itemgetter("v", "n")))
    print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted("Hello World", key=str.lower))
    print(sorted([3, 1, 2], reverse=True), sorted((1, "a")[::-1]) if False else sorted([(1, "b"), (1, "a"), (0, "z")]))
    print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=itemgetter(1)), sorted([[2, 1], [1, 2], [1]]))
    print(sorted([0.5, -1, True, 2, 1.5]), sorted(["b", "a"], key=methodcaller("upper")))
    print(max(tasks, key=attrgetter("due")), min(recs, key=itemgetter("n")), max([], default="empty"), min("hello"), max(3, 7, 1))
    try:
        sorted([1, "a", 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        sorted(tasks)
    except TypeError as e:
        print("TypeError:", e)
    try:
        max([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        sorted([{"a": 1}, {"a": 2}])
    except TypeError as e:
        print("TypeError:", e)
    l = [5, 2, 8]; l.sort(key=lambda x: -x); print(l, l.sort(), l)
    print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), repr(itemgetter(1, "a")), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))
    print(sorted(range(10), key=lambda x: (x % 3, -x)), list(reversed(sorted("cab"))))

asyncio.run(main())
