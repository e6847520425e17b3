import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul("a", 3), operator.lt(1, 2), operator.not_(0), operator.neg(5))
print(operator.getitem([1, 2], 1), operator.contains([1], 1), operator.index(7), operator.truth([]))
pairs = [(1, "b"), (0, "c"), (2, "a")]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 1)((5, 6, 7)), repr(itemgetter(1)), repr(itemgetter(1, 'a')))
class P:
    def __init__(self, n, inner=True): self.n = n; self.me = P(n * 10, False) if inner else None
    def greet(self, x, y=0): return f"hi {x} {y} {self.n}"
print(attrgetter("n")(P(3)), attrgetter("me.n", "n")(P(4)), repr(attrgetter("a.b")))
print(methodcaller("greet", 1, y=2)(P(5)), methodcaller("upper")("abc"))
print(operator.add, operator.iadd([1], [2]))
try: operator.add(1)
except TypeError as e: print(e)
try: itemgetter()
except TypeError as e: print(e)
