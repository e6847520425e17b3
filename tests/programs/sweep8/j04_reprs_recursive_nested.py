import asyncio
from collections import deque, OrderedDict, defaultdict, Counter

async def build():
    await asyncio.sleep(0)
    a = [1, 2]
    a.append(a)
    d = {"self": None}
    d["self"] = d
    return a, d

async def main():
    a, d = await build()
    print(a, d, repr(a), str(d))
    q = deque([1])
    q.append(q)
    print(q)
    od = OrderedDict(a=1)
    od["me"] = od
    print(od)
    dd = defaultdict(int, {"x": 1})
    print(dd, repr(defaultdict(list)), Counter(), Counter({"a": 0}))
    print([[]] * 2, [[1, [2, [3, [4]]]]], {1: {2: {3: {}}}}, ((),), [None, True, 1.0, 1j, b"x", "y"])
    print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\t\x00\u00e9\U0001f600"), repr(b"\x00\xff'"))
    print(str([1.0, 2.50, 1e100, 1.5e-10, float("inf"), float("-nan")]), repr(0.1), repr(100.0), repr(1e16), repr(123456789012345678.0))
    class R:
        def __repr__(self):
            return "R()"
    print([R()], {R(): 1} if False else {1: R()}, (R(),), {R()} if False else "set skipped")

asyncio.run(main())
