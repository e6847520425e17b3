class S:
    __slots__=('a','b')
s=S(); s.a=1
print(s.__reduce_ex__(4)[1:], s.__getstate__())
class L(list): pass
l=L([1,2]); l.x=5
r=l.__reduce_ex__(4); print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
class P:
    def __init__(s): s.v=1
print(P().__reduce_ex__(2)[1:], P().__getstate__())
print(object().__reduce_ex__(4)[1:])
try: (lambda: 0).__reduce_ex__(4)
except TypeError as e: print(e)
import collections
N=collections.namedtuple('N','a b'); print(N(1,2).__reduce_ex__(4)[1:])
class D(dict): pass
d = D(a=1); r = d.__reduce_ex__(4); print(r[1], r[2], r[3], list(r[4]))
o = r[0](D); print(type(o).__name__, o)
e = ValueError(1, 2); e.x = 3
print(e.__reduce__(), ValueError('a').__reduce__())
print(KeyError('k').__reduce__())
r = e.__reduce__(); c = r[0](*r[1]); c.__setstate__(r[2]); print(repr(c), c.x)
