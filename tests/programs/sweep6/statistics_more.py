import asyncio, statistics as st, random

async def sample(n):
    await asyncio.sleep(0.01)
    return [random.gauss(100, 15) for _ in range(n)]

async def main():
    data = await sample(50)
    print(f"{st.mean(data):.6f} {st.stdev(data):.6f} {st.median_low(data):.6f} {st.median_high(data):.6f}")
    print(st.median([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([1, 2, 3, 4, 5]))
    nd = st.NormalDist(100, 15)
    print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 6), round(nd.pdf(100), 8), nd.mean, nd.stdev, round(nd.overlap(st.NormalDist(110, 15)), 6))
    print(st.NormalDist.from_samples([1, 2, 3, 4]), nd + 5, nd * 2, round(nd.zscore(130), 3), [round(q, 4) for q in nd.quantiles(4)])
    x = [1, 2, 3, 4, 5]
    y = [2, 4, 5, 4, 5]
    print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
    print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10), st.quantiles(x, n=4, method="inclusive"))
    print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2])), st.mean([1.5, 2]), st.median([]) if False else "", st.mode(["a", "b", "a"]))
    from fractions import Fraction
    from decimal import Decimal
    print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
    for bad in ([], [1]):
        try:
            st.stdev(bad)
        except st.StatisticsError as e:
            print("StatisticsError:", e)
    try:
        st.mean([])
    except st.StatisticsError as e:
        print("StatisticsError:", e)

asyncio.run(main())
