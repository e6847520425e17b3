"""namedtuple (fields, defaults, rename, errors), OrderedDict, defaultdict and deque reprs and operators, compared with CPython."""
import pickle
from collections import namedtuple, OrderedDict, defaultdict, deque

P = namedtuple("P", "x, y z")
print(P(1, 2, 3), P._fields, P.__doc__, P._field_defaults, P.__match_args__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[5, 6])
print(Q(1), Q(1, c=9), Q._field_defaults, Q._make([1, 2, 3]), Q(1)._replace(b=0), Q(1)._asdict())
R = namedtuple("R", ["ok", "def", "_x", "ok", "2bad", "fine"], rename=True)
print(R._fields)
print(namedtuple("S", "a b", module="mod").__module__, pickle.loads(pickle.dumps(P(1, 2, 3))))
for args in (("T", "a class"), ("T", "a _b"), ("T", "a a"), ("def", "a"), ("T", "a 1b"),
             ("T", ["a", 3]), ("T", "a b", ), ("2T", "a")):
    try:
        print(namedtuple(*args)._fields)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (lambda: Q(), lambda: Q(1, 2, 3, 4), lambda: Q(1, a=2), lambda: Q(1, d=2),
            lambda: namedtuple("U", "a b c")(1), lambda: Q._make([1]), lambda: Q(1)._replace(z=1),
            lambda: namedtuple("V", "a", defaults=[1, 2])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(namedtuple("E", "")(), namedtuple("W", "a b", defaults=None)._field_defaults)
print(P.x.__doc__, P(1, 2, 3).z, isinstance(P(1, 2, 3), tuple))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict(), od == OrderedDict(b=2))
print(OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), list(reversed(OrderedDict(x=1, y=2))))
print(pickle.loads(pickle.dumps(OrderedDict(q=1, r=2))))
dd = defaultdict(list, {"k": [1]})
dd["n"].append(2)
print(dd, defaultdict(None), dd.copy(), dd | {"z": 1}, {"z": 1} | dd)
print(deque([1, 2, 3], maxlen=5), deque("abc") + deque("d"), deque([1, 2]) * 2)
