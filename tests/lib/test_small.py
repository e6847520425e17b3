import abc
import bisect
import copy
import heapq
import random
import typing
from compare import load, same

ts_heapq, ts_bisect, ts_copy, ts_abc = (load(n) for n in ("heapq", "bisect", "copy", "abc"))

rng = random.Random(7)
for trial in range(40):
    data = [rng.randint(0, 50) for _ in range(rng.randint(0, 30))]

    def heap_ops(h):
        heap = []
        log = []
        for x in data:
            h.heappush(heap, x)
            log.append(list(heap))
        copy_ = list(data)
        h.heapify(copy_)
        log.append(list(copy_))
        while heap:
            log.append(h.heappop(heap))
        if copy_:
            log.append(h.heapreplace(copy_, 25))
            log.append(h.heappushpop(copy_, 3))
            log.append(list(copy_))
        log.append(h.nsmallest(3, data))
        log.append(h.nlargest(3, data, key=lambda v: -v))
        log.append(list(h.merge(sorted(data), sorted(data[::2]))))
        return log
    same(f"heapq {trial}", lambda: heap_ops(ts_heapq), lambda: heap_ops(heapq))
    srt = sorted(data)
    for x in (-1, 0, 10, 25, 50, 51):
        same(f"bisect {trial} {x}", lambda: (ts_bisect.bisect_left(srt, x),
                                             ts_bisect.bisect_right(srt, x),
                                             ts_bisect.bisect(srt, x, key=None)),
             lambda: (bisect.bisect_left(srt, x), bisect.bisect_right(srt, x),
                      bisect.bisect(srt, x)))

    def insort(b):
        lst = []
        for x in data:
            b.insort(lst, x)
            b.insort_left(lst, x)
        return lst
    same(f"insort {trial}", lambda: insort(ts_bisect), lambda: insort(bisect))
same("heappop empty", lambda: ts_heapq.heappop([]), lambda: heapq.heappop([]))
same("bisect lo", lambda: ts_bisect.bisect([1], 1, -1), lambda: bisect.bisect([1], 1, -1))


class Thing:
    def __init__(self):
        self.items = [1, [2, 3]]
        self.name = "t"


def copies(c):
    shared = [1, 2]
    data = {"a": shared, "b": shared, "t": (shared, 3), "s": {1, 2}, "n": None}
    deep = c.deepcopy(data)
    shallow = c.copy(data)
    cyc = [1]
    cyc.append(cyc)
    dc = c.deepcopy(cyc)
    thing = Thing()
    t2 = c.deepcopy(thing)
    t3 = c.copy(thing)
    return [deep == data, deep["a"] is deep["b"], deep["a"] is shared, shallow["a"] is shared,
            deep["t"][0] is deep["a"], dc[1] is dc, t2.items == thing.items,
            t2.items is thing.items, t3.items is thing.items, type(t2).__name__,
            c.copy((1, 2)) == (1, 2), c.deepcopy(5), c.copy([1, [2]])]
same("copy", lambda: copies(ts_copy), lambda: copies(copy))


def abcs(a):
    out = []

    class Shape(a.ABC):
        @a.abstractmethod
        def area(self):
            ...

        @a.abstractmethod
        def perimeter(self):
            ...

        def describe(self):
            return f"{type(self).__name__} with area {self.area()}"

    class Square(Shape):
        def __init__(self, s):
            self.s = s

        def area(self):
            return self.s ** 2

        def perimeter(self):
            return 4 * self.s

    class Half(Shape):
        def area(self):
            return 1

    out.append(Square(3).describe())
    for make in (Shape, Half):
        try:
            make()
        except TypeError as exc:
            out.append(str(exc))
    out.append(isinstance(Square(1), Shape))
    return out
same("abc", lambda: abcs(ts_abc), lambda: abcs(abc))
