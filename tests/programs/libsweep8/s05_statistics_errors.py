import asyncio, statistics as st
from fractions import Fraction
from decimal import Decimal

async def sample(i):
    await asyncio.sleep(0.01 * i)
    return [2.5, 3.5, 1.0, 4.0, 3.5, 2.0][i]

async def main():
    xs = await asyncio.gather(*(sample(i) for i in range(6)))
    print(xs, st.mean(xs), st.median(xs), st.mode(xs), st.stdev(xs), st.variance(xs), st.pvariance(xs, mu=3))
    print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3, 4])).__name__, st.mean([1, 2]), st.median([1, 3]), st.median([1, 2, 3]), st.fmean([1, 2], weights=[1, 3]) if hasattr(st, "fmean") else "")
    print(st.mean([Fraction(1, 2), 1]), st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.stdev([Decimal(1), Decimal(3)]), st.mean((Decimal("0.1"), Decimal("0.2"))))
    print(st.mode(["red", "blue", "red"]), st.multimode("aabbbcc"), st.multimode([]), st.median_grouped([52, 52, 53, 54], interval=2), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=3))
    cases = [("mean", []), ("fmean", []), ("median_low", []), ("stdev", [3]), ("pvariance", []), ("geometric_mean", []), ("harmonic_mean", []), ("quantiles", [[1, 2], 0]), ("correlation", [[1, 2], [3]]), ("correlation", [[1, 1], [2, 3]]), ("linear_regression", [[1, 1], [2, 3]]), ("covariance", [[1], [2]])]
    for name, arg in cases:
        fn = getattr(st, name)
        try:
            r = fn(*arg) if name in ("quantiles", "correlation", "linear_regression", "covariance") else fn(arg)
            print(name, r)
        except st.StatisticsError as e:
            print(name, "StatisticsError:", e)
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__ + ":", e)
    try:
        st.mean([1, "2"])
    except TypeError as e:
        print("TypeError:", e)
    try:
        st.NormalDist(0, -1)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
    nd = st.NormalDist(0, 1)
    print(nd.overlap(st.NormalDist(1, 1)), nd.quantiles(4), nd.zscore(1.5), repr(nd), nd == st.NormalDist(), round(nd.cdf(1.96), 6))

asyncio.run(main())
