import asyncio
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple, OrderedDict, ChainMap

Emp = namedtuple("Emp", "name dept salary age", defaults=[30])

async def fetch_employees():
    await asyncio.sleep(0.1)
    return [Emp("Zoe", "eng", 120, 31), Emp("adam", "ops", 90), Emp("Bea", "eng", 120, 25), Emp("carl", "ops", 95, 45), Emp("Dan", "hr", 70, 38)]

async def main():
    emps = await fetch_employees()
    print([e.name for e in sorted(emps)])
    print([e.name for e in sorted(emps, key=lambda e: e.name.lower())])
    print([e.name for e in sorted(emps, key=attrgetter("dept", "name"))])
    print([e.name for e in sorted(emps, key=lambda e: (-e.salary, e.age))])
    print([e.name for e in sorted(emps, key=itemgetter(2), reverse=True)])
    print(max(emps, key=attrgetter("age")).name, min(emps, key=lambda e: e.salary).name)
    words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
    print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
    print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)), list(map(methodcaller("upper"), words[:2])))
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    data.sort(key=lambda x: -x)
    print(data, sorted(data, reverse=True) == data, sorted("hello"), sorted((3, 1, 2)))
    od = OrderedDict.fromkeys("abc", 0)
    od.move_to_end("a")
    od["d"] = 1
    print(od, list(od.keys()), od.popitem(last=False))
    cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
    print(cm["x"], cm["y"], dict(cm), cm.new_child({"z": 0}).maps)
    print(emps[0]._asdict(), Emp._fields, emps[1], emps[1].age)
    mixed = [(1, "b"), (1, "a"), (0, "z")]
    print(sorted(mixed), sorted(mixed, key=itemgetter(0)))
    try:
        sorted([1, "a"])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
