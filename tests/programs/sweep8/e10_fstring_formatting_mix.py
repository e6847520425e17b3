import asyncio
from decimal import Decimal
from fractions import Fraction

async def measure(name, value):
    await asyncio.sleep(0)
    return name, value

async def main():
    data = await asyncio.gather(measure("temp", 21.456), measure("big", 12345678.9),
                                measure("tiny", 0.000123), measure("neg", -7), measure("dec", Decimal("3.10")),
                                measure("frac", Fraction(3, 4)), measure("none", None), measure("bool", True))
    for n, v in data:
        print(f"{n!s:>6}: {v!r:<14} {v!s:^12}|")
    for spec in ("", ".2f", "e", "g", ",", ">10.1f", "+", "08.3f", "%"):
        try:
            print(f"{spec!r:8} {format(21.456, spec)!r}")
        except ValueError as e:
            print(spec, "ValueError:", e)
    w, p = 10, 3
    print(f"{3.14159:{w}.{p}f}|{'left':<{w}}|{42:^{w}d}|")
    print(f"{{literal}} {1+1=} {[1,2][0]} {dict(a=1)['a']}")
    print(f"{1e16} {1e-5} {0.1+0.2} {2/3:.10f} {1/3!r} {float('inf')} {-0.0} {10**20} {2**0.5}")
    print(f"{Decimal('1.10') + Decimal('2.205'):.2f} {Fraction(1, 3) + Fraction(1, 6)} {round(2.675, 2)} {round(0.5)} {round(1.5)}")
    try:
        f"{'x':d}"
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(f"{None:>5}")
    except TypeError as e:
        print("TypeError:", e)
    print("{name} is {age:03d}".format(name="Al", age=7), "{0[1]} {1.real}".format([5, 6], 3j))
    print(f"{'abc':.2}", f"{12345:_}", f"{255:X}", f"{-42:=+8}", f"{3+4j}", f"{b'x'}")

asyncio.run(main())
