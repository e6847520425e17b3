"""Our functools against CPython's: partial (merging, repr, calls), reduce,
wraps/update_wrapper, lru_cache statistics and eviction, cmp_to_key, total_ordering
and cached_property, including their error messages."""
import functools
from compare import load, same

ours = load("functools")


def f(*args, **kwargs):
    """doc of f"""
    return args, kwargs


f.__annotations__ = {"x": int}
f.extra = "kept"


def strip_ids(text):
    import re
    return re.sub(r" at 0x[0-9a-f]+", "", text)


def partial_checks(ft):
    p = ft.partial(f, 1, x=2)
    q = ft.partial(p, 3, y=4)
    r = ft.partial(f)
    r.attr = 1

    class Sub(ft.partial):
        pass
    return [p(5, x=9), q(), strip_ids(repr(p)), strip_ids(repr(q)), q.args, q.keywords,
            q.func is f, strip_ids(repr(ft.partial(r, 2))), strip_ids(repr(Sub(f, 1))),
            strip_ids(repr(ft.partial(Sub(f, 1), 2))), strip_ids(repr(ft.partial(f, a=[1]))),
            ft.partial(max, key=len)(["ab", "c"], ["xyz"]), ft.partial(f, 1).__reduce__()[2][1:]]


def reduce_checks(ft):
    import operator
    return [ft.reduce(operator.add, [1, 2, 3]), ft.reduce(operator.add, [], 7),
            ft.reduce(operator.add, [[1], [2]], [0]), ft.reduce(lambda a, b: a * 10 + b, range(5)),
            ft.reduce(operator.add, "abc"), ft.reduce(operator.add, [5], None) if False else 0]


def wrap_checks(ft):
    @ft.wraps(f)
    def wrapper(*a):
        return f(*a)

    def plain():
        pass
    ft.update_wrapper(plain, f, assigned=("__doc__",), updated=())

    class NoName:
        __call__ = None
    bare = ft.update_wrapper(lambda: 0, NoName())
    return [wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.extra,
            wrapper.__wrapped__ is f, wrapper.__qualname__, plain.__doc__, plain.__name__,
            bare.__name__, ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES]


def cache_checks(ft):
    log = []

    @ft.lru_cache(maxsize=2)
    def square(n):
        log.append(n)
        return n * n
    for n in [1, 2, 1, 3, 2, 1, 1.0, True]:
        square(n)
    info = square.cache_info()
    out = [log[:], info, tuple(info), info.hits, info.currsize, repr(info),
           square.cache_parameters(), square.__name__, square.__wrapped__.__name__]
    square.cache_clear()
    out.append(square.cache_info())

    @ft.lru_cache
    def bare(a, b=0):
        return a + b
    bare(1), bare(1), bare(a=1), bare(1, b=0), bare(1, 0), bare(b=0, a=1)
    out.append(bare.cache_info())

    @ft.lru_cache(maxsize=None, typed=True)
    def typed(x):
        return x
    typed(1), typed(1.0), typed(1), typed("a"), typed("a")
    out += [typed.cache_info(), typed.cache_parameters()]

    @ft.lru_cache(maxsize=0)
    def never(x):
        return x
    never(1), never(1)
    out.append(never.cache_info())

    @ft.lru_cache(maxsize=-5)
    def negative(x):
        return x
    negative(1)
    out.append(negative.cache_info())

    @ft.cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    out += [fib(40), fib.cache_info()]

    @ft.lru_cache(maxsize=3)
    def order(x):
        return x
    for x in [1, 2, 3, 1, 4, 2, 5, 1]:
        order(x)
    out.append(order.cache_info())

    @ft.lru_cache()
    def raises(x):
        raise ValueError(x)
    for _ in range(2):
        try:
            raises(1)
        except ValueError:
            pass
    out.append(raises.cache_info())
    return out


def key_checks(ft):
    key = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
    by_len = ft.cmp_to_key(lambda a, b: len(a) - len(b))
    return [sorted([3, 1, 2], key=key), sorted(["ccc", "a", "bb"], key=by_len),
            key(1) < key(2), key(2) <= key(2), key(1) == key(1), key(1) != key(2),
            key(3) > key(2), key(3) >= key(4), key(5).obj, max([1, 7, 3], key=key)]


def ordering_checks(ft):
    out = []
    for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
        def method(self, other, _name=root):
            if not isinstance(other, type(self)):
                return NotImplemented
            return getattr(self.v, _name)(other.v)
        ns = {root: method, "__init__": lambda self, v: setattr(self, "v", v),
              "__eq__": lambda self, other: self.v == other.v}
        cls = ft.total_ordering(type("T" + root.strip("_"), (), ns))
        values = [cls(1), cls(2), cls(2)]
        for a in values:
            for b in values:
                out.append((root, a.v, b.v, a < b, a <= b, a > b, a >= b))
        out.append(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__")
                          if n in vars(cls)))
        out.append(cls(1).__lt__(5))
    both = ft.total_ordering(type("Both", (), {"__gt__": lambda s, o: "gt", "__le__": lambda s, o: "le"}))
    out.append((both().__lt__(both()), both().__ge__(both())))
    return out


def ordering_error(ft):
    return ft.total_ordering(type("None_", (), {}))


def property_checks(ft):
    calls = []

    class Box:
        def __init__(self, v):
            self.v = v

        @ft.cached_property
        def double(self):
            """twice v"""
            calls.append(self.v)
            return self.v * 2
    b = Box(3)
    out = [b.double, b.double, calls[:], Box.double.__doc__, Box.double.attrname,
           "double" in vars(b)]
    del b.double
    out += [b.double, calls[:]]
    b.double = 100
    out.append(b.double)
    return out


def property_slots(ft):
    class Slotted:
        __slots__ = ("v",)

        @ft.cached_property
        def p(self):
            return 1
    return Slotted().p


def property_unnamed(ft):
    cp = ft.cached_property(lambda self: 1)

    class Host:
        pass
    return cp.__get__(Host(), Host)


def property_twice(ft):
    cp = ft.cached_property(lambda self: 1)
    return type("Twice", (), {"a": cp, "b": cp})


for name, fn in [("partial", partial_checks), ("reduce", reduce_checks), ("wraps", wrap_checks),
                 ("cache", cache_checks), ("cmp_to_key", key_checks),
                 ("total_ordering", ordering_checks), ("ordering error", ordering_error),
                 ("cached_property", property_checks), ("slots error", property_slots),
                 ("unnamed error", property_unnamed), ("twice error", lambda ft: property_twice(ft))]:
    same(f"functools {name}", lambda: fn(ours), lambda: fn(functools))

errors = [lambda ft: ft.reduce(len, 5), lambda ft: ft.reduce(len, []), lambda ft: ft.partial(3),
          lambda ft: ft.partial(), lambda ft: ft.lru_cache("x"), lambda ft: ft.lru_cache(1.5),
          lambda ft: ft.cmp_to_key(lambda a, b: 0)(1) < 3, lambda ft: ft.lru_cache()(len)([1]),
          lambda ft: ft.lru_cache()(f)([1]), lambda ft: ft.partial(f)(**{"a": 1})]
for i, fn in enumerate(errors):
    same(f"functools error #{i}", lambda: fn(ours), lambda: fn(functools))
