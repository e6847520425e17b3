import asyncio, random, statistics

async def player(name, rng):
    total = 0
    rolls = []
    for _ in range(5):
        await asyncio.sleep(rng.random())
        r = rng.randint(1, 6)
        rolls.append(r)
        total += r
    return name, rolls, total

async def main():
    rng = random.Random(42)
    res = await asyncio.gather(*(player(n, rng) for n in ("ann", "bob", "cy")))
    for name, rolls, total in res:
        print(f"{name}: {rolls} total={total} mean={statistics.mean(rolls)} median={statistics.median(rolls)}")
    print(f"{asyncio.get_running_loop().time():.6f}")
    print(random.random(), random.choice("abc"), random.sample(range(10), 3), random.uniform(1, 2))
    xs = [2, 4, 4, 4, 5, 5, 7, 9]
    print(statistics.pstdev(xs), statistics.stdev(xs), statistics.mode(xs), statistics.variance(xs))
    print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean([1, 2, 4]))
    print(statistics.quantiles(range(1, 11), n=4), statistics.harmonic_mean([1, 2, 4]))
    l = list(range(6)); random.shuffle(l); print(l, random.gauss(0, 1), random.choices("xy", weights=[3, 1], k=4))
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)

asyncio.run(main())
