import math
x, n, s = 3.14159265, 1234567, "hi"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2e}| {x:+.0f} {x:.3g} {x:%}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {n:x} {n:#x} {n:#o} {n:b} {n:#b} {n:e}")
print(f"{s!r:>6} {s:*^8} {s!s} {s!a} {'é'!a}")
print(f"{x=} {n = :,} {s=!r} {1+2=}")
print(f"{{literal}} {n // 1000}k {'nested ' + f'{s}'}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{s:>{w}}|")
print(f"{0.1+0.2} {1e-7} {1e16} {123456789.0} {float('nan')} {-float('inf')} {2**64}")
print(f"{-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {1.005:.2f} {math.pi:.10f}")
print(f"{12.5:08.2f} {-12.5:08.2f} {12:+05d} {-7:5} {7:<5}| {True} {None!r} {3:c}")
print(f"{1234.5:,.2f} {0.000123:.2e} {1e20:g} {1e-5:g} {123456:g} {1234567:g} {0.1:.20f}")
print(f"{'tbl':<6}|{42:^6}|{3.5:>6}|")
for name, qty, price in [("apple", 3, 0.5), ("watermelon", 1, 3.25)]:
    print(f"{name:<12}{qty:>3} x {price:6.2f} = {qty * price:>7.2f}")
print(format(255, "02X"), format(3.0, "g"), format(1/3, ".5"), format(10, "n"), format("x", "3"), "{:.2%}".format(0.256))
from decimal import Decimal
print(f"{Decimal('1.10'):.3f} {Decimal('2.5')} {Decimal('1') / 3:.4}")
