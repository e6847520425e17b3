"""Complex numbers and cmath, which are C code: each expression is evaluated by our
engine (build/rel/taskscope, when it is built) and by python3, and the printed
results must agree (repr, or exception type and message)."""
import compare

PROGRAM = r'''
import math
inf=float('inf'); nan=float('nan')
for z in [1j, -0j, 0j, complex(0.0,-0.0), complex(-0.0,0), 1+2j, complex(1,nan), complex(1,-nan), complex(inf,-inf), 1e20j, 2.5+1e-7j, complex(1,1e16)]: print(repr(z), str(z))
for e in ['1j//1','1j%1','divmod(1j,1)','1j<2j','int(1j)','float(1j)','complex("x")','complex("1",2)','complex([])','complex(1,"a")','1j/0','0j**-1','complex(1e308,1e308)**2','abs(complex(1e308,1e308))','pow(1j,2,3)','round(1j)','1j.__complex__()','hash(1+0j)','hash(2+3j)','(-8)**(1/3)','complex(" ( 1+2j ) ")','complex("1e3-j")','complex("j")','complex("-1.5J")','complex("nan+infj")','format(1+2j,".2f")','format(2j,"")','format(2j,">10")','format(1+2j,"^20.3e")','format(1+2j,"010")','format(1j,".3")','f"{3-4j:g}"','complex(1+2j, 3+4j)','(1+2j)**0.5','(1+2j)**(2+1j)','1j**1j','2**1j','(1+2j)==1','1+0j==1','complex("1+2j").conjugate()','sum([1j,2,3.5])','complex(True)','1j.real','math.sqrt(1j)','math.floor(1j)','abs(3+4j)', '(3+4j)*(1-2j)', '(3+4j)/(1-2j)', '1/(1+1j)', '(1+1j)**10', '(1+1j)**-3', 'complex(1e300,1e300)*10', '2-3j', '-(1+1j)', 'complex(" 1_0j")','complex("1+2j+3")','complex("()")','complex("1e5j")','complex("-inf-nanj")', 'complex(real=1, imag=2)', '{1j: 2}[1j]', 'type(1j).__name__', 'isinstance(1j, complex)', '[1j, 2j] == [1j, 2j]', 'f"{1+2j!r:>12}"', 'format(-1.5-2.5j, "+.1f")', 'format(0j, "")','format(-0j,"g")', 'bool(0j)', 'bool(1e-300j)', '1j ** 2', '(-1) ** 0.5', '(-2.0) ** 1.5', 'complex(3)', 'complex(3.5, -0.0)', 'complex("1+1j", imag=1)', '3 - 1j == 3 - 1j', 'hash(complex(inf, 0))', 'complex(2**1000)', 'complex(2**2000)', '10 ** 400 * 1j']:
  try: print(e, '->', repr(eval(e, {'math':math, 'inf':inf})))
  except Exception as x: print(e, '!!', type(x).__name__, x)
import cmath
for e in ['cmath.log(2,1)','cmath.log(0)','cmath.log(8,2)','cmath.exp(complex(float("inf"),float("inf")))','cmath.sqrt(-4)','cmath.sqrt("x")','cmath.atanh(1)','cmath.exp(1000)','cmath.polar(1j)','cmath.rect(2,cmath.pi/2)','cmath.phase(-1)','cmath.phase(complex(-1,-0.0))','cmath.isclose(1j,1.0000000001j)','cmath.log10(100j)','cmath.sin(1+1j)','cmath.acos(2)','cmath.asin(2)','cmath.atan(1j)','cmath.cosh(1000)','cmath.sqrt(complex(float("inf"),float("nan")))','cmath.exp(complex(float("-inf"),1))','cmath.isclose(1,2,abs_tol=1)','cmath.sqrt()','cmath.log(1,2,3)','cmath.log(2, 0)','cmath.tanh(1000+1j)', 'cmath.sqrt(2+3j)', 'cmath.exp(1j*cmath.pi)', 'cmath.log(-1)', 'cmath.cos(2-1j)', 'cmath.tan(0.5+0.25j)', 'cmath.asinh(3-4j)', 'cmath.acosh(0.5)', 'cmath.atanh(0.5+2j)', 'cmath.atan(3+1j)', 'cmath.sinh(-2+0.3j)', 'cmath.log(1e-320+1e-320j)', 'cmath.sqrt(1e-320j)', 'cmath.log(1e308+1e308j)', 'cmath.atanh(1e200)', 'cmath.acos(1e300j)','cmath.asinh(-1e200+1j)', 'cmath.infj', 'cmath.nanj', 'cmath.tau', 'cmath.rect(1, 0)', 'cmath.rect(-1, -0.0)', 'cmath.polar(-3)', 'cmath.log(1.1+0.2j)']:
  try: print(e, '->', repr(eval(e)))
  except Exception as x: print(e, '!!', type(x).__name__, x)
class C(complex):
    def __repr__(self): return "C" + super().__repr__()
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, C("3+4j"), abs(c), c.real)
class H:
    def __complex__(self): return 2+3j
print(complex(H()))
import cmath, copy
print(cmath.sqrt(H()), copy.deepcopy(1j), [x*1j for x in range(3)])
print(sorted([3+0j, 1j], key=abs))
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
print(f"{(1+2j):>15}|{(1.5-2j):<15.2f}|{2j:*^9}")
x = (1, 2j, 3.0)
print(x, {1j, 2j} == {2j, 1j})
def roots(a, b, c):
    d = cmath.sqrt(b*b - 4*a*c)
    return (-b + d) / (2*a), (-b - d) / (2*a)
print(roots(1, 2, 5))
import json, fractions, numbers, math, statistics, operator, functools, copy
from fractions import Fraction
print(Fraction(1, 2) + 1j, 1j + Fraction(1, 2), Fraction(3) * 2j, Fraction(1, 4) ** 0.5)
print(isinstance(1j, numbers.Number), isinstance(2j, numbers.Complex), issubclass(complex, numbers.Real))
for f in [lambda: json.dumps(1j), lambda: math.isclose(1j, 1j), lambda: format(1j, "%"), lambda: format(1j, "d"), lambda: format(1j, "="), lambda: 1j % 2, lambda: divmod(1j, 1j), lambda: round(1j), lambda: complex("1+2j", 3), lambda: 5 ** 1j, lambda: (2.0).__truediv__(1j), lambda: (2).__truediv__(1j), lambda: operator.truediv(2, 1j), lambda: max(1j, 2j), lambda: bool(0j) or "f", lambda: complex(float("nan")) == complex(float("nan")), lambda: functools.reduce(operator.mul, [1j] * 4), lambda: copy.deepcopy([1j, {2j: 3}]), lambda: {1j: "a", 1j + 0: "b"}, lambda: hash(complex(1.5, 2.5)), lambda: (1j).imag.is_integer(), lambda: complex.__name__, lambda: type(1j)(5), lambda: 1e308j * 10, lambda: complex("infj"), lambda: complex("1e500"), lambda: complex(1e500), lambda: statistics.mean([1j, 2j]) if False else None, lambda: f"{3+4j:+.1e}", lambda: f"{1.5j:10.3f}|", lambda: "%s %r" % (1j, 2j), lambda: str(-1j), lambda: [-1j, -(1j), 0 - 1j], lambda: complex(1, 2).__class__.__mro__, lambda: 2j.__ne__(2j), lambda: 1j.__eq__("x"), lambda: (1j).__lt__(2j)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import cmath, random
r = random.Random(9)
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "isfinite"]
for t in range(150):
    scale = r.choice([1e-310, 1e-20, 0.5, 1, 3, 50, 1e10, 1e200, 1e307])
    z = complex(r.uniform(-1, 1) * scale, r.uniform(-1, 1) * scale * r.choice([0, 1]))
    for n in names:
        try:
            print(n, repr(getattr(cmath, n)(z)))
        except (ValueError, OverflowError) as e:
            print(n, type(e).__name__, e)
    print(cmath.log(z, r.choice([2, 10, 0.5])) if z else "zero")
'''


compare.same_output("complex", PROGRAM)
