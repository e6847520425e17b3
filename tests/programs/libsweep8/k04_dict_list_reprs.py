import asyncio

async def gather_stats(name, n):
    await asyncio.sleep(n * 0.01)
    return name, {"n": n, "sq": [i * i for i in range(n)], "inv": {i: 1 / (i + 1) for i in range(2)}}

async def main():
    stats = dict(await asyncio.gather(gather_stats("a", 3), gather_stats("b", 0)))
    print(stats)
    print(repr(stats["a"]["inv"]), str([1.0, -0.0, 1e100, None, True, "s", b"b", (1,), (), {1}, set(), frozenset({2}), 3j]))
    d = {"k": 1}
    d["self"] = d
    l = [1]
    l.append(l)
    print(d, l, [l, d])
    print({1: "a", 1.0: "b", True: "c"}, {(1, 2): [3]}, dict.fromkeys("ab", []), dict(zip("xy", range(2))), {**{"a": 1}, "b": 2}, {"a": 1} | {"a": 2})
    print(list(range(3)), list("ab"), [[]] * 2, [None] * 3, list(map(str, [1, 2])), list(reversed([1, 2])), list({3: 1, 1: 2}), sorted({3, 1, 2}))
    dd = {i: str(i) for i in range(5)}
    del dd[2]
    dd[2] = "two"
    print(dd, list(dd.items())[-1], dd.keys(), dd.values(), dd.items(), reversed(dd).__class__.__name__, list(reversed(dd)))
    print(dd.get(9), dd.get(9, "x"), dd.setdefault(7, "seven"), dd.pop(7), dd.pop(99, None), dd.popitem(), len(dd))
    for bad in [lambda: dd[99], lambda: {}.popitem(), lambda: dd.pop("x"), lambda: [1][5], lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: {[]: 1}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
        try:
            bad()
        except (KeyError, IndexError, ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e, repr(e))
    try:
        for k in dd:
            dd[k + 100] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    l = [3, 1, 2]
    print(l.copy(), l * 0, l + [4], l[::-1], l[1:], l[-1], l.count(1), l.index(2), [1, 2] == [1, 2.0], [1, 2] < [1, 3], [1] < [1, 0])
    l[1:2] = ["a", "b"]; print(l); del l[::2]; print(l); l.insert(-1, "z"); print(l); l.extend(range(2)); print(l)
    try:
        l[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    print({}, [], (), set(), dict(), {1: {2: {3: {}}}}, [[[[]]]], repr("a'b"), repr('a"b'), repr("a'b\"c"))

asyncio.run(main())
