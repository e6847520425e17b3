import asyncio
from itertools import islice, groupby, chain, count, zip_longest, accumulate, tee, pairwise

def chunks(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk

async def upload(batch_no, batch):
    await asyncio.sleep(len(batch) * 0.1)
    return batch_no, sum(batch)

async def main():
    data = list(range(1, 12))
    results = await asyncio.gather(*(upload(i, b) for i, b in zip(count(1), chunks(data, 4))))
    print(results)
    events = [("a", 1), ("a", 2), ("b", 5), ("a", 3), ("c", 1), ("c", 9)]
    for key, grp in groupby(events, key=lambda e: e[0]):
        print(key, [v for _, v in grp])
    for key, grp in groupby(sorted(events), key=lambda e: e[0]):
        print(key, sum(v for _, v in grp))
    g = groupby("aabbc")
    k1, g1 = next(g); k2, g2 = next(g)
    print(k1, list(g1), k2, list(g2))
    print(list(zip_longest(*chunks("abcdefg", 3))), list(accumulate([1, 2, 3, 4], lambda a, b: a * 10 + b)))
    deltas = [b - a for a, b in pairwise([1, 4, 9, 16, 25])]
    print(deltas, list(chain(*chunks(range(5), 2))))
    a, b = tee(range(3))
    print(list(zip(a, b)), list(islice(count(), 0, 10, 3)), next(islice("xyz", 2, None)))
    it = iter(range(10))
    print(list(islice(it, 3)), list(islice(it, 3)), list(it))
    try:
        next(islice([], 0, 1))
    except StopIteration:
        print("StopIteration")
    try:
        islice(count(), "a")
    except ValueError as e:
        print("ValueError:", e)
    print(type(groupby([])).__name__, type(chain()).__name__)

asyncio.run(main())
