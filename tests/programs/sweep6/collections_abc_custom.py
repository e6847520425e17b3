import asyncio
from collections.abc import Mapping, MutableSequence, Set, Iterable, Iterator, Sized, Container, Hashable, Callable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Generator, Sequence, MutableMapping

class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

class TypedList(MutableSequence):
    def __init__(self, kind):
        self.kind, self._items = kind, []
    def __getitem__(self, i): return self._items[i]
    def __setitem__(self, i, v): self._items[i] = self._check(v)
    def __delitem__(self, i): del self._items[i]
    def __len__(self): return len(self._items)
    def insert(self, i, v): self._items.insert(i, self._check(v))
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        return v
    def __repr__(self): return f"TypedList({self._items})"

class Interval(Set):
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __contains__(self, x): return self.lo <= x < self.hi
    def __iter__(self): return iter(range(self.lo, self.hi))
    def __len__(self): return max(0, self.hi - self.lo)
    @classmethod
    def _from_iterable(cls, it): return frozenset(it)

class LowerDict(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

async def coro():
    return 1

async def agen():
    yield 1

async def main():
    r = Registry(a=1, b=2)
    print(dict(r), list(r.items()), r.get("z", 0), "a" in r, r == {"a": 1, "b": 2}, list(r.keys()), list(r.values()))
    t = TypedList(int)
    t.append(1); t.extend([2, 3]); t.insert(0, 0); t += [4]
    t.reverse()
    print(t, t.index(2), t.count(3), t.pop(), 3 in t, list(reversed(t)))
    try:
        t.append("x")
    except TypeError as e:
        print("TypeError:", e)
    i1, i2 = Interval(0, 5), Interval(3, 8)
    print(sorted(i1 & i2), sorted(i1 | i2), sorted(i1 - i2), i1 <= Interval(0, 10), i1.isdisjoint(Interval(5, 6)), len(i1))
    ld = LowerDict()
    ld["Key"] = 1
    ld.update({"OTHER": 2})
    ld.setdefault("new", 3)
    print(dict(ld), ld.pop("KEY"), ld.popitem(), len(ld))
    c = coro()
    checks = [isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(agen(), AsyncIterator), isinstance((x for x in []), Generator), isinstance(1, Hashable), isinstance([], Hashable), isinstance("s", Container), isinstance(5, Iterable), issubclass(dict, MutableMapping), issubclass(tuple, MutableSequence)]
    print(checks)
    await c

asyncio.run(main())
