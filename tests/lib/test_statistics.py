import random
import statistics
from fractions import Fraction
from compare import load, same

ts = load("statistics")

rng = random.Random(11)
datasets = [[1, 2, 3, 4], [1, 2, 3], [0.1, 0.2, 0.3], [2.5, 3.25, 5.75, 1.0, 0.5],
            [1e50, 1, -1e50] * 3, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [7], [],
            [1, 2.5], [True, False, True],
            [float("inf"), 1.0], [1.0, float("nan")], [-1.5, 2, -3.25]]
for trial in range(30):
    k = rng.randint(2, 25)
    datasets.append([round(rng.uniform(-100, 100), rng.randint(0, 6)) for _ in range(k)])
    datasets.append([rng.randint(-50, 50) for _ in range(k)])
    datasets.append([rng.random() * 10 ** rng.randint(-5, 5) for _ in range(k)])

fns = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped",
       "mode", "multimode", "variance", "pvariance", "stdev", "pstdev",
       "geometric_mean", "harmonic_mean", "quantiles"]
for i, data in enumerate(datasets):
    for name in fns:
        same(f"statistics.{name} #{i} {data[:4]}",
             lambda: str(getattr(ts, name)(list(data))),
             lambda: str(getattr(statistics, name)(list(data))))
    if len(data) >= 2:
        for n in (2, 4, 10):
            for method in ("exclusive", "inclusive"):
                same(f"quantiles {i} {n} {method}",
                     lambda: ts.quantiles(data, n=n, method=method),
                     lambda: statistics.quantiles(data, n=n, method=method))
        ys = [x * 2 + (j % 3) for j, x in enumerate(data)]
        for name in ("covariance", "correlation", "linear_regression"):
            same(f"{name} {i}", lambda: tuple([getattr(ts, name)(data, ys)]),
                 lambda: tuple([getattr(statistics, name)(data, ys)]))
same("variance xbar", lambda: ts.variance([1, 2, 3, 4], 2.5),
     lambda: statistics.variance([1, 2, 3, 4], 2.5))
same("pstdev mu", lambda: ts.pstdev([1.5, 2.5, 3.5], 2), lambda: statistics.pstdev([1.5, 2.5, 3.5], 2))
same("fmean weights", lambda: ts.fmean([1, 2, 3], [3, 2, 1]), lambda: statistics.fmean([1, 2, 3], [3, 2, 1]))
same("harmonic weights", lambda: ts.harmonic_mean([40, 60], weights=[5, 30]),
     lambda: statistics.harmonic_mean([40, 60], weights=[5, 30]))
same("mode strings", lambda: ts.mode("aabbbcc"), lambda: statistics.mode("aabbbcc"))
same("median_grouped interval", lambda: ts.median_grouped([1, 2, 2, 3, 4], interval=2),
     lambda: statistics.median_grouped([1, 2, 2, 3, 4], interval=2))
same("mean mixed", lambda: ts.mean(["a"]), lambda: statistics.mean(["a"]))
same("fractions", lambda: str(ts.mean([Fraction(1, 3), 1, Fraction(2, 3)])),
     lambda: str(statistics.mean([Fraction(1, 3), 1, Fraction(2, 3)])))
same("fractions+float", lambda: str(ts.variance([Fraction(1, 3), 1.5, 2])),
     lambda: str(statistics.variance([Fraction(1, 3), 1.5, 2])))
# Decimal data keeps Decimal results (stdev and pstdev round the square root once).
from decimal import Decimal  # noqa: E402
drng = random.Random(5)
decimal_sets = [[Decimal("1.5"), Decimal("2.25"), Decimal("-0.75")],
                [Decimal(1), Decimal(1)], [Decimal("0.1")] * 3 + [Decimal("0.2")]]
decimal_sets += [[Decimal(drng.randint(-999, 999)) / 100 for _ in range(drng.randint(2, 9))]
                 for _ in range(15)]
for i, data in enumerate(decimal_sets):
    for name in ("mean", "median", "median_low", "median_high", "mode", "variance",
                 "pvariance", "stdev", "pstdev"):
        same(f"decimal {name} {i}", lambda: repr(getattr(ts, name)(data)),
             lambda: repr(getattr(statistics, name)(data)))
for i, data in enumerate([[1, 1, 2, 3, 3], ["b", "a", "b", "a"], [], [2.5]]):
    same(f"multimode {i}", lambda: ts.multimode(data), lambda: statistics.multimode(data))
    same(f"mode order {i}", lambda: ts.mode(data), lambda: statistics.mode(data))
for args in (([1, 2, 2, 3], 2), ([5], 1), ([1, 3, 3, 3, 4, 4], 0.5), ([], 1), ([1, 2], "x")):
    same(f"median_grouped {args}", lambda: ts.median_grouped(*args),
         lambda: statistics.median_grouped(*args))
for data in ([[1], [2]], [1]):
    same(f"variance errors {data}", lambda: ts.variance(data), lambda: statistics.variance(data))
    same(f"stdev errors {data}", lambda: ts.stdev(data), lambda: statistics.stdev(data))
same("pstdev empty", lambda: ts.pstdev([]), lambda: statistics.pstdev([]))
same("pvariance empty", lambda: ts.pvariance([]), lambda: statistics.pvariance([]))
same("mode unhashable", lambda: ts.mode([[1]]), lambda: statistics.mode([[1]]))
same("mode not iterable", lambda: ts.mode(5), lambda: statistics.mode(5))
