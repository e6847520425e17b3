import asyncio, itertools

async def upload(batch):
    await asyncio.sleep(len(batch) * 0.1)
    return sum(batch)

def batched(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

async def main():
    batches = list(batched(range(1, 11), 4))
    print(batches)
    sums = await asyncio.gather(*map(upload, batches))
    print(sums, list(itertools.accumulate(sums)))
    print(list(itertools.chain.from_iterable(batches))[:5], list(itertools.pairwise("abcd")))
    print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2))[:3])
    print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
    print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    cyc = itertools.cycle("xy")
    print([next(cyc) for _ in range(5)], list(itertools.repeat(7, 3)), list(itertools.compress("abcd", [1, 0, 1, 0])))
    print(list(itertools.takewhile(lambda x: x < 3, itertools.count())), list(itertools.dropwhile(lambda x: x < 3, range(6))))
    print(list(itertools.permutations("abc", 2))[:4], list(itertools.filterfalse(None, [0, 1, "", "a"])))
    a, b = itertools.tee([1, 2, 3])
    print(list(a), list(b), repr(itertools.count(5, 2)))

asyncio.run(main())
