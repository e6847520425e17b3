class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
    def __format__(self, spec):
        return f"Thing[{spec}]"
t = Thing()
print(f"{t} {t!r} {t!s} {t:xyz}")
x = 3.14159
print(f"{x!r:>12}|{x!s:<10}|{'abc'!r:^9}|")
print(f"{12.5:08.2f} {-3:05} {1234:,} {0.25:.1%} {255:#06x}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'fill':_^10}")
print(f"{True:>6}|{None!r:>6}|{[1, 2]!s:>8}|")
