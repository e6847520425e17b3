import asyncio, math, cmath
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP

async def compute(x):
    await asyncio.sleep(0)
    return math.sqrt(x)

async def main():
    print(await asyncio.gather(*(compute(i) for i in (2, 9, 10))))
    print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3]))
    print(math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(99))
    print(math.log(100, 10), math.log2(8), math.log10(0.001), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
    print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.fabs(-3), math.fmod(7, -3), 7 % -3, -7 // 2, divmod(-7, 2))
    print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.atan2(1, 1), math.tau, math.e)
    print(math.isnan(float("nan")), math.isinf(-math.inf), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(10, 3))
    print(cmath.sqrt(-1), abs(3 + 4j), (1 + 2j) * (3 - 1j), cmath.phase(-1), complex("1+2j").conjugate())
    print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(7, 3).limit_denominator(2), float(Fraction(1, 8)))
    getcontext().prec = 10
    print(Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.10") + Decimal("2.205"))
    print(int("ff", 16), int("0b101", 0), int(" 42 "), hex(255), oct(8), bin(5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    print((2 ** 100).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else None, 10 ** 30 // 7, 10 ** 30 % 7, pow(3, -1, 7), pow(2, 10, 1000))
    print(1e308 * 10, -1e308 * 10, 0.1 + 0.7, 3 * 0.1, 1 / 3, 2 / 3, 100 / 7, 1e15 + 0.3, float("1e-320"))
    print(round(3.14159, 3), round(1e20), round(-0.5), int(1e20), float(2 ** 60), (0.5).as_integer_ratio(), (1.1).hex(), float.fromhex("0x1.8p1"))
    print(abs(-7), sum(range(101)), max(3, 7, 1), min([4, 2], default=0), sum([], start=10), 7 / 2, 7 // 2, -7 / 2, 2 ** -1, (-8) ** (1 / 3))
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        int("abc")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
