import asyncio, random
from statistics import NormalDist, mean, stdev
async def measure(sensor, n, rng):
    await asyncio.sleep(0.01)
    return sensor, [rng.gauss(20 + sensor, 1.5) for _ in range(n)]
async def main():
    rng = random.Random(2024)
    data = dict(await asyncio.gather(*(measure(s, 40, rng) for s in range(3))))
    model = NormalDist(20, 1.5)
    for s, xs in data.items():
        fit = NormalDist.from_samples(xs)
        print(f"sensor {s}: mu={fit.mean:.3f} sigma={fit.stdev:.3f} overlap={model.overlap(fit):.4f} p(x>22)={1 - fit.cdf(22):.4f}")
    print([round(x, 4) for x in model.quantiles(10)], round(model.inv_cdf(0.999), 6), round(model.pdf(20), 6))
    combined = NormalDist(1, 2) + NormalDist(3, 4)
    print(combined, combined * 2, round(combined.zscore(10), 6), NormalDist(5, 0).mean)
    print([round(v, 4) for v in NormalDist(0, 1).samples(3, seed=7)])
asyncio.run(main())
