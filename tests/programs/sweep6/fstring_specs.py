import asyncio, math
from decimal import Decimal
from fractions import Fraction

async def main():
    x, name, items = 3.14159, "Ada", [1, 2, 3]
    print(f"{x=}", f"{x=:.2f}", f"{name=!r}", f"{name!r:>8}", f"{items=}")
    print(f"{1234567.891:,.2f}|{1234567:_}|{0.25:.1%}|{42:08b}|{255:#x}|{255:X}|{-7:+d}|{7: d}")
    print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|{3:03}|{-3:04}")
    print(f"{1e-5:g}|{1e16:g}|{123.456:e}|{123.456:.3g}|{math.pi:10.4f}|{math.inf}|{-math.nan}")
    print(f"{12345.6789:,}|{0.1+0.2}|{1/3:.17f}|{2**64}|{-0.0}|{1e22}|{1e-7}|{100.0}")
    print(f"{Decimal('1.2345'):.2f}|{Fraction(1, 3)}|{Decimal('0.1') + Decimal('0.2')}")
    w, p = 12, 3
    print(f"{x:{w}.{p}f}|{name:{'>'}{w}}|{'nested':{'^'}{w}}")
    print(f"{'a' 'b'}", f"{{literal}}", f"{3 + 4 = }", f"{items[1:]!s}", f"{ {'k': 1}['k'] }")
    print(format(1234.5, ",.1f"), format("s", "^5"), "{:>6}|{:<6}|{:^6}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"))
    print("%5.2f|%-5d|%s|%r|%x|%o|%e|%%" % (x, 42, name, name, 255, 8, 12345.678))
    print("%(a)s-%(b)03d" % {"a": "z", "b": 7}, "{name:>{w}}".format(name="n", w=4))
    print(f"{True:>6}|{None!s:>6}|{b'xy'!r}|{3+4j}|{complex(1, -1):.1f}")
    print(str(1.0), repr(1.1), 1e300 * 10, round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2))
    print(f"{1234.5:_.2f}|{0:.0e}|{1.0:.0f}|{2.5:.0f}|{1e5:,.0f}|{12:n}|{1.5:n}")
    async def val():
        await asyncio.sleep(0)
        return 7
    print(f"{await val():>4}")

asyncio.run(main())
