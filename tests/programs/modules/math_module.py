import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.fabs(-3))
print(math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isqrt(99), math.copysign(3, -0.0), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
