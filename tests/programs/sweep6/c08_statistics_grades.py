import asyncio, statistics, random
async def exam(student):
    await asyncio.sleep(random.random())
    return student, [random.randint(50, 100) for _ in range(5)]
async def main():
    random.seed(42)
    results = dict(await asyncio.gather(*(exam(s) for s in ["amy", "ben", "cal", "dot", "eve"])))
    for s, g in results.items():
        print(f"{s}: {g} mean={statistics.mean(g):.1f} median={statistics.median(g)} sd={statistics.stdev(g):.2f}")
    allg = [x for g in results.values() for x in g]
    print(statistics.mode(allg), statistics.multimode(allg)[:3], statistics.quantiles(allg, n=4), round(statistics.pstdev(allg), 4))
    z = {s: round((statistics.mean(g) - statistics.mean(allg)) / statistics.stdev(allg), 3) for s, g in results.items()}
    print(z, max(z, key=z.get))
asyncio.run(main())
