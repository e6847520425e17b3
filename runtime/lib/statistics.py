"""Descriptive statistics, with CPython 3.11's results to the last bit: sums are exact
(every value becomes a fraction first), then converted to the data's type, so
mean([0.1, 0.2, 0.3]) is 0.2 and mean([1, 2, 3]) is the int 2; stdev rounds the
square root of the exact variance once. NormalDist models a normal distribution
(its inverse CDF is Wichura's rational approximation AS241, as in CPython)."""

import math
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from numbers import Real

__all__ = ["StatisticsError", "correlation", "covariance", "fmean",
           "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode",
           "pstdev", "pvariance", "quantiles", "stdev", "variance", "NormalDist"]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers ----------------------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for inf and nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to "
                        "numerator/denominator")


def _coerce(T, S):
    """The common type of T and S for a result (int mixes with anything)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _types_of(data, on_value):
    """Feeds (n, d) of each value to on_value; returns (result type, count)."""
    T = int
    count = 0
    last = None
    for x in data:
        typ = type(x)
        if typ is not last:
            T = _coerce(T, typ)
            last = typ
        on_value(_exact_ratio(x))
        count += 1
    return T, count


def _sum(data):
    """(type, exact sum as Fraction (or inf/nan), count)."""
    partials = {}

    def add(ratio):
        n, d = ratio
        partials[d] = partials.get(d, 0) + n
    T, count = _types_of(data, add)
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return T, total, count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    sx = {}
    sxx = {}

    def add(ratio):
        n, d = ratio
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    T, count = _types_of(data, add)
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total2 = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * total2 - total * total) / count
        c = total / count
    return T, ssd, c, count


def _convert(value, T):
    """value (a Fraction) as type T; an int result that is not whole becomes float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if _is_decimal_type(T):
        # Decimal(Fraction) is refused: divide in the current decimal context.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _is_decimal_type(T):
    """Whether T is decimal.Decimal or a subclass (without importing decimal)."""
    decimal = sys.modules.get("decimal")
    return decimal is not None and issubclass(T, decimal.Decimal)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n / m) as a Decimal correctly rounded to the current context: the decimal
    square root of the rounded quotient, then moved one step up or down when the exact
    root lies beyond the midpoint to a neighbour."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    for step in (root.next_plus(), root.next_minus()):
        sn, sd = step.as_integer_ratio()
        # midpoint (root + step) / 2 = mid_n / (2 * rd * sd); compare its square with n / m
        mid_n = rn * sd + sn * rd
        lhs, rhs = 4 * n * (rd * sd) ** 2, m * mid_n * mid_n
        if (lhs > rhs) if step > root else (lhs < rhs):
            return step
    return root


def _sqrt_rounded_to_odd(n, m):
    """floor(sqrt(n / m)), with its lowest bit set when inexact (so the one final
    rounding to float is correct)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    # Keep about 2 * 53 + 3 significant bits in the integer square root.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return float(_sqrt_rounded_to_odd(n, m << 2 * q) << q)
    return _sqrt_rounded_to_odd(n << -2 * q, m) / (1 << -q)


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# ---- averages ----------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, exact then converted to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float (faster, fsum based)."""
    if not hasattr(data, "__len__"):
        data = list(data)
    n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not hasattr(weights, "__len__"):
        weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def _ordered(data):
    """The data sorted, refusing an empty sample as every median does."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    ordered = _ordered(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    # The mean of the two middle values, in the data's own arithmetic.
    below, above = ordered[half - 1], ordered[half]
    return (below + above) / 2


def median_low(data):
    ordered = _ordered(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    ordered = _ordered(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data (the 50th percentile by interpolation),
    as a float."""
    ordered = _ordered(data)
    size = len(ordered)
    middle = ordered[size // 2]
    # The class holding the middle value spans ordered[start:stop].
    start = bisect_left(ordered, middle)
    stop = bisect_right(ordered, middle, lo=start)
    try:
        width, centre = float(interval), float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    return centre - width / 2.0 + width * (size / 2 - start) / (stop - start)


def _tally(data):
    """Each distinct value with how often it occurs, in order of first appearance."""
    counts = {}
    for value in iter(data):
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among equally common values)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    # max() keeps the first of equal maxima, which is the first seen.
    return max(counts, key=counts.__getitem__)


def multimode(data):
    counts = _tally(data)
    top = max(counts.values(), default=0)
    return [value for value in counts if counts[value] == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread ------------------------------------------------------------------------------

def _dispersion(data, centre, sample, function):
    """The variance of data about centre (its mean when None), exact until the final
    conversion: (the data's type, the mean square as a Fraction, or a float for
    infinite or nan data). sample divides by n - 1 instead of n."""
    T, squares, _, n = _ss(data, centre)
    needed = 2 if sample else 1
    if n < needed:
        plural = "two data points" if sample else "one data point"
        raise StatisticsError("%s requires at least %s" % (function, plural))
    return T, squares / (n - 1 if sample else n)


def _root(T, mean_square):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mean_square.numerator, mean_square.denominator)
    # For inf or nan data mean_square is a float and this raises AttributeError,
    # as in CPython.
    return _float_sqrt_of_frac(mean_square.numerator, mean_square.denominator)


def variance(data, xbar=None):
    T, mean_square = _dispersion(data, xbar, True, "variance")
    return _convert(mean_square, T)


def pvariance(data, mu=None):
    T, mean_square = _dispersion(data, mu, False, "pvariance")
    return _convert(mean_square, T)


def stdev(data, xbar=None):
    return _root(*_dispersion(data, xbar, True, "stdev"))


def pstdev(data, mu=None):
    return _root(*_dispersion(data, mu, False, "pstdev"))


# ---- two variables -------------------------------------------------------------------------

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number "
                              "of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number "
                              "of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same "
                              "number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution -------------------------------------------------------------

def _horner(coefficients, r):
    # Highest power first; the same multiply-add order as a nested expression, so the
    # result is bit for bit the one CPython's spelled-out polynomials give.
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura (1988), "Algorithm AS241: The Percentage Points of the Normal Distribution",
# Applied Statistics 37(3): the published coefficients of PPND16, highest power first.
_AS241_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                      6.7265770927008700853e+4, 4.5921953931549871457e+4,
                      1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                      3.9307895800092710610e+4, 2.1213794301586595867e+4,
                      5.3941960214247511077e+3, 6.8718700749205790830e+2,
                      4.2313330701600911252e+1, 1.0)
_AS241_NEAR_NUM = (7.7454501427834140764e-4, 2.2723844989269184583e-2,
                   2.4178072517745061177e-1, 1.2704582524523683826e+0,
                   3.6478483247632045960e+0, 5.7694972214606914055e+0,
                   4.6303378461565452959e+0, 1.4234371107496835773e+0)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
                   1.51986665636164571966e-2, 1.4810397642748007459e-1,
                   6.8976733498510000455e-1, 1.6763848301838038494e+0,
                   2.0531916266377588219e+0, 1.0)
_AS241_TAIL_NUM = (2.0103343992922881326e-7, 2.7115555687434875781e-5,
                   1.2426609473880784386e-3, 2.6532189526576123093e-2,
                   2.9656057182850489123e-1, 1.7848265399172913358e+0,
                   5.4637849111641143699e+0, 6.6579046435011037772e+0)
_AS241_TAIL_DEN = (2.0442631033899397856e-15, 1.4215117583164458887e-7,
                   1.8463183175100546818e-5, 7.8686913114561325910e-4,
                   1.4875361290850614852e-2, 1.3692988092273580531e-1,
                   5.9983220655588793769e-1, 1.0)


def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_horner(_AS241_CENTRAL_NUM, r) * q) / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """A normal distribution of a random variable: mean mu, standard deviation sigma."""

    __slots__ = {"_mu": "Arithmetic mean of a normal distribution",
                 "_sigma": "Standard deviation of a normal distribution"}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mean and sample standard deviation are the data's."""
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution (reproducible with a seed)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping area of two normal probability density functions."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        # Order the two so that the narrower one (then the lower mean) comes first.
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = b_var - a_var
        dm = math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * a._sigma * _SQRT2))
        # The densities cross at two points; the overlap is found from the CDFs there.
        s = a._mu * b_var - b._mu * a_var
        t = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(b_var / a_var))
        x1 = (s + t) / dv
        x2 = (s - t) / dv
        return 1.0 - (math.fabs(b.cdf(x1) - a.cdf(x1)) + math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
