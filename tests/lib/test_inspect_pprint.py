import dataclasses
import functools
import inspect
import pprint
import random
from compare import load, same

ts_inspect = load("inspect")
ts_pprint = load("pprint")


async def coro(a, b=2):
    pass


def gen():
    yield 1


async def agen():
    yield 1


def plain(x, /, y, *args, z=3, **kw) -> int:
    pass


def annotated(a: int, b: "str" = "s", *, c: list = None) -> None:
    pass


class C:
    def __init__(self, a, b: int = 5):
        pass

    async def m(self):
        pass

    def __call__(self, q, *, r=1):
        pass


subjects = [coro, gen, agen, plain, annotated, C, C(1).m, C.m, functools.partial(coro, 1),
            functools.partial(plain, 1, z=4), C(1), print, len, 3, "s", lambda: 0]
preds = ["iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction", "isfunction",
         "isclass", "ismethod", "isroutine", "ismodule", "iscoroutine", "isgenerator",
         "isawaitable", "isasyncgen", "isabstract"]
for i, f in enumerate(subjects):
    for p in preds:
        same(f"{p} #{i}", lambda: getattr(ts_inspect, p)(f), lambda: getattr(inspect, p)(f))
for i, f in enumerate(subjects[:11]):
    same(f"signature #{i}", lambda: str(ts_inspect.signature(f)),
         lambda: str(inspect.signature(f)))
    same(f"parameters #{i}", lambda: [(p.name, str(p.kind), repr(p.default).replace("ts_", ""))
                                      for p in ts_inspect.signature(f).parameters.values()],
         lambda: [(p.name, str(p.kind), repr(p.default).replace("ts_", ""))
                  for p in inspect.signature(f).parameters.values()])
calls = [((1,), {}), ((1, 2, 3), {"z": 4, "w": 5}), ((), {}), ((1,), {"x": 2}),
         ((1, 2), {"y": 3}), ((1,), {"y": 2, "q": 0})]
for f in (coro, plain, annotated):
    for args, kwargs in calls:
        same(f"bind {f.__name__} {args} {kwargs}",
             lambda: (lambda b: (b.arguments, b.args, b.kwargs))(
                 ts_inspect.signature(f).bind(*args, **kwargs)),
             lambda: (lambda b: (b.arguments, b.args, b.kwargs))(
                 inspect.signature(f).bind(*args, **kwargs)))
        same(f"bind_partial {f.__name__} {args}",
             lambda: ts_inspect.signature(f).bind_partial(*args).arguments,
             lambda: inspect.signature(f).bind_partial(*args).arguments)
same("cleandoc", lambda: ts_inspect.cleandoc("  a\n    b\n\n  c\n"),
     lambda: inspect.cleandoc("  a\n    b\n\n  c\n"))
same("getdoc", lambda: ts_inspect.getdoc(ts_inspect.signature), lambda: inspect.getdoc(
    ts_inspect.signature))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "p"
    history: list = dataclasses.field(default_factory=list)


rng = random.Random(4)


def rand_obj(depth):
    k = rng.randrange(8 if depth < 4 else 4)
    if k == 0:
        return rng.randint(-10 ** 6, 10 ** 6)
    if k == 1:
        return " ".join("w" * rng.randint(1, 9) for _ in range(rng.randint(0, 20)))
    if k == 2:
        return rng.random()
    if k == 3:
        return None
    if k == 4:
        return [rand_obj(depth + 1) for _ in range(rng.randint(0, 8))]
    if k == 5:
        return {f"key{rng.randint(0, 99)}": rand_obj(depth + 1) for _ in range(rng.randint(0, 8))}
    if k == 6:
        return tuple(rand_obj(depth + 1) for _ in range(rng.randint(0, 5)))
    return set(rng.randint(0, 1000) for _ in range(rng.randint(0, 30)))


objects = [rand_obj(0) for _ in range(60)]
objects += [Point(1, 2, "a" * 40, list(range(30))), [Point(i, i) for i in range(8)],
            "word " * 50, "line\n" * 30, frozenset(range(40)), (1,), {}, [], {1: {2: {3: {}}}}]
for i, o in enumerate(objects):
    for kwargs in ({}, {"width": 30}, {"indent": 4, "width": 50}, {"depth": 2},
                   {"compact": True, "width": 40}, {"sort_dicts": False}):
        same(f"pformat #{i} {kwargs}", lambda: ts_pprint.pformat(o, **kwargs),
             lambda: pprint.pformat(o, **kwargs))

# Added before the pprint rewrite: recursion, depth markers, readability, underscore
# numbers, indents, nested and long strings, subclasses, compact widths, pp().
loop_list = [1, 2]
loop_list.append(loop_list)
loop_dict = {"a": 1}
loop_dict["self"] = loop_dict


class IntSub(int):
    pass


class ListSub(list):
    pass


class ListOwnRepr(list):
    def __repr__(self):
        return "LOR"


class SetSub(set):
    pass


extra_objects = [
    loop_list, loop_dict, [loop_list, loop_dict], (1, (2, (3, (4,)))), {"k": [1, {"z": (2,)}]},
    [10 ** 12, -5, IntSub(123456789)], {3: "c", 1: "a", 2: "b", "x": 0, None: 1},
    ListSub(range(40)), ListOwnRepr(range(40)), SetSub(range(30)), frozenset(), set(),
    ["a" * 30 + " " + "b" * 30 + " " + "c" * 30] * 2, {"text": "lorem ipsum " * 20},
    ("one\ntwo " * 15,), "x" * 200, [object], [1.5, 2j, b"bytes" * 20, bytearray(b"ba") * 30],
    [[1, 2, 3] * 10] * 3, {(1, 2): [3] * 30, (0,): {}}, [{}, [], (), "", set()],
]
for i, o in enumerate(extra_objects):
    for kwargs in ({}, {"width": 20}, {"indent": 3, "width": 40}, {"depth": 1}, {"depth": 3},
                   {"compact": True, "width": 25}, {"underscore_numbers": True},
                   {"sort_dicts": False, "indent": 0}):
        same(f"pformat extra #{i} {kwargs}", lambda: ts_pprint.pformat(o, **kwargs),
             lambda: pprint.pformat(o, **kwargs))
    same(f"saferepr extra #{i}", lambda: ts_pprint.saferepr(o), lambda: pprint.saferepr(o))
    same(f"isreadable extra #{i}", lambda: ts_pprint.isreadable(o), lambda: pprint.isreadable(o))
    same(f"isrecursive extra #{i}", lambda: ts_pprint.isrecursive(o),
         lambda: pprint.isrecursive(o))
    same(f"printer isreadable #{i}", lambda: ts_pprint.PrettyPrinter().isreadable(o),
         lambda: pprint.PrettyPrinter().isreadable(o))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"width": "x"}):
    same(f"PrettyPrinter {bad}", lambda: ts_pprint.PrettyPrinter(**bad) and None,
         lambda: pprint.PrettyPrinter(**bad) and None)


def printed(mod, fn, obj, **kwargs):
    import io
    buf = io.StringIO()
    getattr(mod, fn)(obj, stream=buf, **kwargs)
    return buf.getvalue()


same("pp unsorted", lambda: printed(ts_pprint, "pp", {"b": 1, "a": [2] * 40}),
     lambda: printed(pprint, "pp", {"b": 1, "a": [2] * 40}))
same("pprint stream", lambda: printed(ts_pprint, "pprint", {"b": 1, "a": [2] * 40}, width=30),
     lambda: printed(pprint, "pprint", {"b": 1, "a": [2] * 40}, width=30))
