"""The random module's less used distributions, made on first use: random's module
__getattr__ imports this module for a name the C module does not have. They draw from
the module's hidden generator (random.random(), random.getrandbits()), with CPython's
algorithms step by step, so a seeded program gets CPython's numbers. Random instances
do not have these methods."""

import math as _math
import random as _random

NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
TWOPI = 2.0 * _math.pi
BPF = 53
RECIP_BPF = 2 ** -BPF


def randbytes(n):
    """n random bytes."""
    return _random.getrandbits(n * 8).to_bytes(n, "little")


def paretovariate(alpha):
    """Pareto distribution; alpha is the shape parameter."""
    u = 1.0 - _random.random()
    return u ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    """Weibull distribution; alpha is the scale, beta the shape parameter."""
    u = 1.0 - _random.random()
    return alpha * (-_math.log(u)) ** (1.0 / beta)


def vonmisesvariate(mu, kappa):
    """Circular distribution around angle mu with concentration kappa (>= 0)."""
    draw = _random.random
    if kappa <= 1e-6:
        return TWOPI * draw()
    s = 0.5 / kappa
    r = s + _math.sqrt(1.0 + s * s)
    # Rejection sampling on the wrapped Cauchy envelope.
    while True:
        z = _math.cos(_math.pi * draw())
        d = z / (r + z)
        u2 = draw()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if draw() > 0.5:
        return (mu + _math.acos(f)) % TWOPI
    return (mu - _math.acos(f)) % TWOPI


def gammavariate(alpha, beta):
    """Gamma distribution (not the gamma function); alpha > 0 and beta > 0."""
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    draw = _random.random
    if alpha > 1.0:
        # Cheng's rejection algorithm (R. C. H. Cheng, 1977).
        ainv = _math.sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _math.log(u1 / (1.0 - u1)) / ainv
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x * beta
    if alpha == 1.0:
        return -_math.log(1.0 - draw()) * beta
    # alpha < 1: Ahrens and Dieter's algorithm GS.
    while True:
        u = draw()
        b = (_math.e + alpha) / _math.e
        p = b * u
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_math.log((b - p) / alpha)
        u1 = draw()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                break
        elif u1 <= _math.exp(-x):
            break
    return x * beta


def betavariate(alpha, beta):
    """Beta distribution on [0, 1]; alpha > 0 and beta > 0."""
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0
