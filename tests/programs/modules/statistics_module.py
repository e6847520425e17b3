import statistics as st, random
timings = [0.1, 0.25, 0.2, 0.15, 0.3, 0.22, 0.18]
print(st.mean(timings), st.fmean(timings), st.median(timings), st.stdev(timings), st.pstdev(timings))
print(st.variance(timings), st.pvariance(timings), st.quantiles(timings, n=4), st.quantiles(timings, n=10, method="inclusive"))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.median([1, 3, 2, 4]), st.mode([1, 1, 2, 3, 3, 3]), st.multimode("aabbc"))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
random.seed(5)
data = [random.gauss(10, 2) for _ in range(200)]
print(round(st.mean(data), 6), st.stdev(data), st.median(data), st.quantiles(data))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
for bad in ([], [1]):
    for fn in (st.mean, st.stdev, st.median, st.mode, st.variance):
        try: fn(bad)
        except st.StatisticsError as e: print(fn.__name__, e)
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.variance([1, 2, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
