import asyncio, itertools, random

def batched(it, n):
    it = iter(it)
    while chunk := tuple(itertools.islice(it, n)):
        yield chunk

async def process(batch):
    await asyncio.sleep(0.1 * len(batch))
    return sum(batch)

async def main():
    urls = list(range(11))
    results = []
    for b in batched(urls, 4):
        results.append(await process(b))
    print(results)
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
    print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations("abcd", 2)))
    print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.pairwise("abcd")), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)))
    a, b = itertools.tee(iter([1, 2, 3]))
    print(list(a), list(b), [(k, len(list(g))) for k, g in itertools.groupby("aaabccaa")])
    c = itertools.count(10, 2.5)
    print(next(c), next(c), c)
    random.shuffle(urls)
    print(urls, random.choice(urls), random.sample(urls, 3), random.choices("abc", weights=[5, 1, 1], k=5))
    print(random.randrange(0, 100, 5), round(random.gauss(0, 1), 6), round(random.uniform(1, 2), 6), random.getrandbits(16))
    rng = random.Random(42)
    print(rng.randint(1, 6), rng.random(), rng.choice("xyz"))
    state = random.getstate()
    x = random.random()
    random.setstate(state)
    print(x == random.random())

asyncio.run(main())
