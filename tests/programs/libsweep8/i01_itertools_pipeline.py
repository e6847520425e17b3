import asyncio, itertools, operator
from itertools import groupby, accumulate, pairwise, product, permutations, combinations, islice, chain, count, cycle, repeat, starmap, takewhile, dropwhile, zip_longest, tee, compress, filterfalse, combinations_with_replacement

async def readings():
    for i, v in enumerate([3, 3, 5, 1, 1, 1, 8]):
        await asyncio.sleep(0.1)
        yield i, v

async def main():
    data = [v async for _, v in readings()]
    print([(k, len(list(g))) for k, g in groupby(data)])
    print([(k, list(g)) for k, g in groupby(sorted("banana"))])
    print(list(accumulate(data)), list(accumulate(data, max)), list(accumulate(data, operator.mul, initial=1)))
    print(list(pairwise(data)), list(pairwise("a")))
    print(hasattr(itertools, "batched"))
    try:
        itertools.batched(data, 2)
    except AttributeError as e:
        print("AttributeError:", e)
    print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
    print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 3)), list(combinations_with_replacement("ab", 2)))
    print(list(islice(count(10, 5), 3)), list(islice("abcdefg", 1, None, 2)), list(islice(cycle("xy"), 5)))
    for args in [(-1,), (0, -2), (0, 5, 0), ("a",)]:
        try:
            islice(data, *args)
        except ValueError as e:
            print("ValueError:", e)
    print(list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])))
    print(list(repeat("z", 3)), list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 5, data)), list(dropwhile(lambda x: x < 5, data)))
    print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(compress("abcd", [1, 0, 1])), list(filterfalse(None, [0, 1, "", "a"])))
    a, b = tee(iter(data), 2); print(next(a), list(b)[:3], list(a)[:2])
    print(repr(count(1.5, 0.5)), repr(repeat(1, 2)), repr(count()))
    try:
        list(product(1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        combinations([1], -1)
    except ValueError as e:
        print("ValueError:", e)
    print(list(permutations(range(2), 5)), list(zip(*[iter(range(7))] * 3)))

asyncio.run(main())
