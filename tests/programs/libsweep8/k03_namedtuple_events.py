import asyncio
from collections import namedtuple, ChainMap, OrderedDict, defaultdict

Event = namedtuple("Event", ["t", "source", "kind", "payload"], defaults=[None])
Point = namedtuple("Point", "x, y")

async def emit(src, n, out):
    for i in range(n):
        await asyncio.sleep(0.5 * (i + 1))
        out.append(Event(asyncio.get_running_loop().time(), src, "tick" if i % 2 == 0 else "tock", {"i": i}))

async def main():
    out = []
    await asyncio.gather(emit("a", 3, out), emit("b", 2, out))
    for e in out:
        print(e)
    by_kind = defaultdict(list)
    for e in out:
        by_kind[e.kind].append(e.source)
    print(dict(by_kind))
    e = out[0]
    print(e.t, e[1], e._fields, e._asdict(), e._replace(kind="x"), Event._field_defaults, len(e), e.count("a"), e.index("tick"))
    t, src, *rest = e
    print(t, src, rest, Event._make([1, 2, 3, 4]), Event(1, 2, 3) == (1, 2, 3, None), Event(1, 2, 3) < Event(1, 2, 4))
    p = Point(3, 4)
    print(p, p.x * p.y, Point(*reversed(p)), p + (5,), p * 2, hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 9)]), max([Point(2, 1), Point(1, 9)], key=lambda q: q.y))
    print(repr(Point), Point.__name__, Point.__doc__, Point.x, type(p).__mro__)
    for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: p._replace(z=1), lambda: Point._make([1]), lambda: setattr(p, "x", 5)]:
        try:
            bad()
        except (TypeError, ValueError, AttributeError) as e:
            print(type(e).__name__ + ":", e)
    for bad_names in [("a", "a"), ("_x",), ("def",), ("1a",)]:
        try:
            namedtuple("T", bad_names)
        except ValueError as e:
            print("ValueError:", e)
    cm = ChainMap({"debug": True}, {"debug": False, "level": 1})
    print(cm, cm.maps, cm.parents, cm.get("level"), "level" in cm, repr(ChainMap()))
    od = OrderedDict([("b", 1), ("a", 2)])
    od["c"] = 0; od.move_to_end("b"); print(od, list(od.keys()), od == {"a": 2, "c": 0, "b": 1}, od == OrderedDict([("a", 2), ("b", 1), ("c", 0)]))
    print(od.popitem(), od, repr(OrderedDict()), OrderedDict(a=1) | {"b": 2})

asyncio.run(main())
