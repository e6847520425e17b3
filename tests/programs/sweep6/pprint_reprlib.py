import asyncio, pprint, reprlib

async def main():
    data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"] if i % 2 else ["guest"], "meta": {"age": 20 + i, "active": bool(i % 3)}} for i in range(4)], "count": 4, "tags": ("a", "b")}
    pprint.pprint(data)
    pprint.pprint(data, width=40, depth=2)
    pprint.pprint(list(range(40)), compact=True)
    print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
    pprint.pprint("x" * 100, width=30)
    pprint.pprint([[1, 2], [3, 4]], indent=4, width=10)
    print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(20)}))
    print(pprint.isreadable({"a": 1}), pprint.saferepr([1, 2]))
    pprint.pp({"z": [1] * 30, "a": set(range(15))}, width=60)
    await asyncio.sleep(0)

asyncio.run(main())
