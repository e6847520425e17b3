import asyncio, statistics
from fractions import Fraction
from decimal import Decimal

async def ping(i):
    await asyncio.sleep(i * 0.01)
    return [12, 15, 11, 30, 15, 14, 15][i]

async def main():
    lat = await asyncio.gather(*(ping(i) for i in range(7)))
    print(lat)
    print(statistics.mean(lat), statistics.fmean(lat), statistics.median(lat), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
    print(statistics.mode(lat), statistics.multimode([1, 1, 2, 2, 3]), statistics.mode("aabbbc"))
    print(statistics.stdev(lat), statistics.pstdev(lat), statistics.variance(lat), statistics.pvariance(lat))
    print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median([Decimal("1.5"), Decimal("2.5")]))
    print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]), statistics.median_grouped([1, 2, 2, 3, 4]))
    print(statistics.quantiles(lat, n=4), statistics.quantiles(range(1, 11), n=10, method="inclusive"))
    print(statistics.mean([1.5, 2.5, True]), statistics.variance([1, 2, 3, 4], xbar=2.5))
    for fn, arg in [(statistics.mean, []), (statistics.median, []), (statistics.mode, []), (statistics.stdev, [1]), (statistics.variance, [5]), (statistics.pstdev, []), (statistics.harmonic_mean, [-1, 2]), (statistics.geometric_mean, [0, 1]), (statistics.quantiles, [1])]:
        try:
            print(fn(arg))
        except statistics.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e, isinstance(e, ValueError))
    try:
        statistics.mean(["a"])
    except TypeError as e:
        print("TypeError:", e)
    print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.linear_regression([1, 2, 3], [2, 4, 6]))
    d = statistics.NormalDist(100, 15)
    print(d, d.cdf(115), d.pdf(100), d.inv_cdf(0.975), d.mean, d.stdev, d + 5, d * 2)
    print(statistics.NormalDist.from_samples(lat))

asyncio.run(main())
