# Complex numbers: literals, arithmetic with ints and floats, repr, abs, powers.
import cmath

z = 3 + 4j
w = complex(1, -2)
print(z, w, type(z).__name__, z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z, abs(z))
print(z + 1, 2 * z, z / 2, 1 / z, z ** 2, z ** 0.5, 2 ** z)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 10, (1 + 1j) ** -3)
print(0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20j, 2.5 + 1e-7j)
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-1.5e3J"), complex("7"))
print(z == 3 + 4j, z != w, 1 + 0j == 1, 2.0 == 2 + 0j, hash(1 + 0j) == hash(1))
print(f"{z:.2f} {w:>12} {1j:g} {z!r:^14}|")
print(round(abs(cmath.sqrt(-4)), 3), cmath.sqrt(-4), cmath.exp(1j * cmath.pi))
print(cmath.polar(1j), cmath.rect(2, 0), cmath.phase(-1), cmath.log(-1))
print(cmath.isclose(0.1 + 0.2j, 0.1 + 0.2000000001j), cmath.inf, cmath.nanj)
print((-8) ** (1 / 3), (-1) ** 0.5)
print(sum([1j, 2, 3.5]), sorted([3 + 4j, 1j, -2], key=abs))


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, 2, 5), roots(1, -3, 2))
for bad in ("1 + 2j", "x", ""):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for expr in (lambda: 1j < 2j, lambda: 1j // 1, lambda: 1 / 0j, lambda: int(1j),
             lambda: 0j ** -1, lambda: cmath.log(0)):
    try:
        expr()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
