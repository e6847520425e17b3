import dataclasses
import functools
import inspect
import pprint
import random
import sys
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

# Added before the inspect rewrite: binding errors and their messages, Parameter and
# Signature construction, str/repr/equality/replace, BoundArguments views, partials,
# wrapped callables, getmembers, getfile, unwrap loops, awaitables, markcoroutinefunction.
P = inspect.Parameter
TP = ts_inspect.Parameter


def posonly(a, b=1, /, c=2, *rest, d, e=5, **extra):
    pass


def kwonly(*, k, j=0):
    pass


def star_only(*args):
    pass


def no_args():
    pass


bind_cases = [((), {}), ((1,), {}), ((1, 2, 3, 4, 5), {"d": 1}), ((1,), {"a": 2, "d": 0}),
              ((1,), {"b": 2, "d": 0}), ((1,), {"c": 9, "d": 0, "zz": 1}),
              ((1, 2), {"c": 3}), ((), {"k": 1}), ((1,), {"k": 1}), ((), {"j": 1}),
              ((1, 2, 3), {}), ((), {"args": 1}), ((1,), {"rest": 2, "d": 1})]
for f in (posonly, kwonly, star_only, no_args, coro, plain):
    for args, kwargs in bind_cases:
        for mode in ("bind", "bind_partial"):
            same(f"{mode} {f.__name__} {args} {kwargs}",
                 lambda: (lambda b: (b.arguments, b.args, b.kwargs, repr(b)))(
                     getattr(ts_inspect.signature(f), mode)(*args, **dict(kwargs))),
                 lambda: (lambda b: (b.arguments, b.args, b.kwargs, repr(b)))(
                     getattr(inspect.signature(f), mode)(*args, **dict(kwargs))))


def applied(mod, f, args, kwargs):
    b = mod.signature(f).bind_partial(*args, **kwargs)
    b.apply_defaults()
    return b.arguments, b.args, b.kwargs


for f in (posonly, kwonly, star_only, coro, plain, annotated):
    for args in ((), (1,), (1, 2, 3, 4)):
        same(f"apply_defaults {f.__name__} {args}", lambda: applied(ts_inspect, f, args, {}),
             lambda: applied(inspect, f, args, {}))
same("signature posonly", lambda: str(ts_inspect.signature(posonly)),
     lambda: str(inspect.signature(posonly)))
same("signature kwonly", lambda: str(ts_inspect.signature(kwonly)),
     lambda: str(inspect.signature(kwonly)))
same("signature repr", lambda: repr(ts_inspect.signature(annotated)),
     lambda: repr(inspect.signature(annotated)))
same("signature return", lambda: repr(ts_inspect.signature(plain).return_annotation),
     lambda: repr(inspect.signature(plain).return_annotation))
same("signature eq", lambda: ts_inspect.signature(coro) == ts_inspect.signature(coro),
     lambda: inspect.signature(coro) == inspect.signature(coro))
same("signature ne", lambda: ts_inspect.signature(coro) == ts_inspect.signature(plain),
     lambda: inspect.signature(coro) == inspect.signature(plain))
same("signature eq other", lambda: ts_inspect.signature(coro) == 3,
     lambda: inspect.signature(coro) == 3)
same("signature replace", lambda: str(ts_inspect.signature(plain).replace(
    return_annotation=str)), lambda: str(inspect.signature(plain).replace(
        return_annotation=str)))
same("signature replace params", lambda: str(ts_inspect.signature(plain).replace(
    parameters=list(ts_inspect.signature(plain).parameters.values())[:2])),
     lambda: str(inspect.signature(plain).replace(
         parameters=list(inspect.signature(plain).parameters.values())[:2])))
same("signature parameters type", lambda: type(ts_inspect.signature(plain).parameters).__name__,
     lambda: type(inspect.signature(plain).parameters).__name__)
same("signature dup", lambda: ts_inspect.Signature([TP("a", 1), TP("a", 1)]),
     lambda: inspect.Signature([P("a", 1), P("a", 1)]))
same("signature empty", lambda: str(ts_inspect.Signature()), lambda: str(inspect.Signature()))
same("signature built", lambda: str(ts_inspect.Signature(
    [TP("a", TP.POSITIONAL_ONLY), TP("b", TP.KEYWORD_ONLY, default=None)],
    return_annotation=int)), lambda: str(inspect.Signature(
        [P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)],
        return_annotation=int)))
same("signature only posonly", lambda: str(ts_inspect.Signature([TP("a", 0), TP("b", 0)])),
     lambda: str(inspect.Signature([P("a", 0), P("b", 0)])))
same("signature var only", lambda: str(ts_inspect.Signature([TP("a", 0), TP("b", 2),
                                                             TP("c", 3), TP("d", 4)])),
     lambda: str(inspect.Signature([P("a", 0), P("b", 2), P("c", 3), P("d", 4)])))
for name, kind, kw in (("x", 0, {}), ("y", 1, {"default": 3}), ("z", 2, {}),
                       ("w", 3, {"annotation": int}), ("v", 4, {"annotation": "T"}),
                       ("u", 1, {"annotation": list, "default": []}),
                       ("t", 2, {"default": 1}), ("s", 4, {"default": 1}),
                       ("1x", 1, {}), (3, 1, {}), ("x", 7, {}), ("def", 1, {})):
    same(f"Parameter {name} {kind} {kw}", lambda: (str(TP(name, kind, **kw)),
                                                    repr(TP(name, kind, **kw))),
         lambda: (str(P(name, kind, **kw)), repr(P(name, kind, **kw))))
for kind in (0, 1, 2, 3, 4):
    same(f"kind {kind}", lambda: (str(TP(f"p", kind).kind), repr(TP("p", kind).kind),
                                  TP("p", kind).kind.description, TP("p", kind).kind.name,
                                  int(TP("p", kind).kind), TP("p", kind).kind == kind),
         lambda: (str(P(f"p", kind).kind), repr(P("p", kind).kind),
                  P("p", kind).kind.description, P("p", kind).kind.name,
                  int(P("p", kind).kind), P("p", kind).kind == kind))
same("kind order", lambda: TP.POSITIONAL_ONLY < TP.KEYWORD_ONLY,
     lambda: P.POSITIONAL_ONLY < P.KEYWORD_ONLY)
same("Parameter eq", lambda: (TP("a", 1) == TP("a", 1), TP("a", 1) == TP("a", 2),
                              TP("a", 1, default=2) == TP("a", 1), TP("a", 1) == "a",
                              hash(TP("a", 1)) == hash(TP("a", 1))),
     lambda: (P("a", 1) == P("a", 1), P("a", 1) == P("a", 2),
              P("a", 1, default=2) == P("a", 1), P("a", 1) == "a",
              hash(P("a", 1)) == hash(P("a", 1))))
same("Parameter replace", lambda: str(TP("a", 1, default=2).replace(
    name="b", kind=TP.KEYWORD_ONLY, annotation=int)), lambda: str(P("a", 1, default=2).replace(
        name="b", kind=P.KEYWORD_ONLY, annotation=int)))
same("Parameter replace default", lambda: str(TP("a", 1, default=2).replace(default=TP.empty)),
     lambda: str(P("a", 1, default=2).replace(default=P.empty)))
same("Parameter attrs", lambda: (TP("a", 3, default=1).name, TP("a", 3, default=1).default,
                                 TP("a", 3).annotation is TP.empty, TP.empty.__name__),
     lambda: (P("a", 3, default=1).name, P("a", 3, default=1).default,
              P("a", 3).annotation is P.empty, P.empty.__name__))
same("BoundArguments eq", lambda: ts_inspect.signature(coro).bind(1) ==
     ts_inspect.signature(coro).bind(1), lambda: inspect.signature(coro).bind(1) ==
     inspect.signature(coro).bind(1))
same("BoundArguments ne", lambda: ts_inspect.signature(coro).bind(1) ==
     ts_inspect.signature(coro).bind(2), lambda: inspect.signature(coro).bind(1) ==
     inspect.signature(coro).bind(2))
same("BoundArguments signature", lambda: str(ts_inspect.signature(coro).bind(1).signature),
     lambda: str(inspect.signature(coro).bind(1).signature))
same("BoundArguments set", lambda: (lambda b: (b.arguments.update(b=7), b.args)[1])(
    ts_inspect.signature(coro).bind(1)), lambda: (lambda b: (b.arguments.update(b=7), b.args)[1])(
        inspect.signature(coro).bind(1)))


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
def wrapped_fn(a, *, flag=False):
    pass


class WithSig:
    def __call__(self, *a):
        pass


def with_sig(mod):
    obj = WithSig()
    obj.__signature__ = mod.Signature([mod.Parameter("only", 0)])
    return obj



class NewOnly:
    def __new__(cls, x, y=2):
        return object.__new__(cls)


class Child(C):
    pass


class StaticHolder:
    @staticmethod
    def st(a, b):
        pass

    @classmethod
    def cm(cls, a, b=1):
        pass


more = [wrapped_fn, NewOnly, Child, StaticHolder.st, StaticHolder.cm, StaticHolder().cm,
        functools.partial(posonly, 1, 2, 3, d=4), functools.partial(plain, y=1),
        functools.partial(kwonly, k=1), functools.partial(functools.partial(posonly, 1), 2),
        functools.partial(C(1).m), lambda x, *y, z=1: 0, deco(deco(coro))]
for i, f in enumerate(more):
    same(f"signature more #{i}", lambda: str(ts_inspect.signature(f)),
         lambda: str(inspect.signature(f)))
    same(f"signature nofollow #{i}", lambda: str(ts_inspect.signature(f, follow_wrapped=False)),
         lambda: str(inspect.signature(f, follow_wrapped=False)))
    for p in preds:
        same(f"{p} more #{i}", lambda: getattr(ts_inspect, p)(f), lambda: getattr(inspect, p)(f))
same("signature __signature__", lambda: str(ts_inspect.signature(with_sig(ts_inspect))),
     lambda: str(inspect.signature(with_sig(inspect))))
same("signature bad __signature__", lambda: ts_inspect.signature(with_sig(inspect)),
     lambda: inspect.signature(with_sig(ts_inspect)))
same("signature not callable", lambda: ts_inspect.signature(3), lambda: inspect.signature(3))
same("from_callable", lambda: str(ts_inspect.Signature.from_callable(plain)),
     lambda: str(inspect.Signature.from_callable(plain)))
same("unwrap", lambda: ts_inspect.unwrap(wrapped_fn) is wrapped_fn.__wrapped__,
     lambda: inspect.unwrap(wrapped_fn) is wrapped_fn.__wrapped__)
same("unwrap stop", lambda: ts_inspect.unwrap(wrapped_fn, stop=lambda f: True) is wrapped_fn,
     lambda: inspect.unwrap(wrapped_fn, stop=lambda f: True) is wrapped_fn)


def looped():
    pass


looped.__wrapped__ = looped
same("unwrap loop", lambda: ts_inspect.unwrap(looped) and None,
     lambda: inspect.unwrap(looped) and None)
same("unwrap plain", lambda: ts_inspect.unwrap(plain) is plain, lambda: inspect.unwrap(plain) is plain)


class Awaitish:
    def __await__(self):
        yield


same("isawaitable custom", lambda: ts_inspect.isawaitable(Awaitish()),
     lambda: inspect.isawaitable(Awaitish()))
same("isawaitable class", lambda: ts_inspect.isawaitable(Awaitish),
     lambda: inspect.isawaitable(Awaitish))
g = gen()
ag = agen()
co = coro(1)
for i, obj in enumerate((g, ag, co, Awaitish())):
    for p in preds:
        same(f"{p} object #{i}", lambda: getattr(ts_inspect, p)(obj),
             lambda: getattr(inspect, p)(obj))
co.close()


def marked():
    pass


same("markcoroutinefunction", lambda: (ts_inspect.markcoroutinefunction(marked) is marked,
                                       ts_inspect.iscoroutinefunction(marked),
                                       ts_inspect.iscoroutinefunction(functools.partial(marked))),
     lambda: (True, True, True))
same("getmembers", lambda: [n for n, v in ts_inspect.getmembers(C, ts_inspect.isfunction)],
     lambda: [n for n, v in inspect.getmembers(C, inspect.isfunction)])
same("getmembers all", lambda: [n for n, v in ts_inspect.getmembers(Point)],
     lambda: [n for n, v in inspect.getmembers(Point)])
same("getfile builtin module", lambda: ts_inspect.getfile(sys), lambda: inspect.getfile(sys))
same("getfile number", lambda: ts_inspect.getfile(3), lambda: inspect.getfile(3))
same("getfile builtin class", lambda: ts_inspect.getfile(int), lambda: inspect.getfile(int))
same("getfile function", lambda: ts_inspect.getfile(plain), lambda: inspect.getfile(plain))
same("getfile method", lambda: ts_inspect.getfile(C(1).m), lambda: inspect.getfile(C(1).m))
same("getmodule", lambda: ts_inspect.getmodule(plain) is sys.modules[__name__],
     lambda: inspect.getmodule(plain) is sys.modules[__name__])
same("getmodule module", lambda: ts_inspect.getmodule(sys) is sys, lambda: True)
for doc in ("", "one", "  one\n  two", "\n\n  a\n\tb\n\n", "a\n   b\n  c\n", "x\n\n\n",
            "\tfirst\n\t\tsecond\n\tthird"):
    same(f"cleandoc {doc!r}", lambda: ts_inspect.cleandoc(doc), lambda: inspect.cleandoc(doc))
same("getdoc none", lambda: ts_inspect.getdoc(no_args), lambda: inspect.getdoc(no_args))
same("getdoc class", lambda: ts_inspect.getdoc(ts_inspect.Parameter) is not None, lambda: True)
same("isabstract", lambda: ts_inspect.isabstract(__import__("collections.abc").abc.Sequence),
     lambda: inspect.isabstract(__import__("collections.abc").abc.Sequence))
same("ismethoddescriptor", lambda: [ts_inspect.ismethoddescriptor(x) for x in
                                    (str.join, int.__add__, plain, C.m, 3, staticmethod(plain))],
     lambda: [inspect.ismethoddescriptor(x) for x in
              (str.join, int.__add__, plain, C.m, 3, staticmethod(plain))])
same("isbuiltin", lambda: [ts_inspect.isbuiltin(x) for x in (len, [].append, plain, str.join)],
     lambda: [inspect.isbuiltin(x) for x in (len, [].append, plain, str.join)])
same("iscode/isframe", lambda: (ts_inspect.iscode(plain.__code__), ts_inspect.iscode(plain),
                                ts_inspect.isframe(sys._getframe()), ts_inspect.isframe(3)),
     lambda: (inspect.iscode(plain.__code__), inspect.iscode(plain),
              inspect.isframe(sys._getframe()), inspect.isframe(3)))
same("currentframe", lambda: ts_inspect.currentframe().f_code.co_name,
     lambda: inspect.currentframe().f_code.co_name)
same("getsource", lambda: ts_inspect.getsource(plain), lambda: (_ for _ in ()).throw(
    OSError("could not get source code")))
same("CO flags", lambda: [getattr(ts_inspect, n) for n in ("CO_GENERATOR", "CO_COROUTINE",
                                                           "CO_ASYNC_GENERATOR", "CO_VARARGS",
                                                           "CO_VARKEYWORDS",
                                                           "CO_ITERABLE_COROUTINE")],
     lambda: [getattr(inspect, n) for n in ("CO_GENERATOR", "CO_COROUTINE",
                                            "CO_ASYNC_GENERATOR", "CO_VARARGS",
                                            "CO_VARKEYWORDS", "CO_ITERABLE_COROUTINE")])


class Meta(type):
    def __call__(cls, q, *, r=0):
        pass


class ViaMeta(metaclass=Meta):
    pass


class Bare:
    pass


class InitReturns:
    def __init__(self, a) -> None:
        pass


class ErrorSub(ValueError):
    pass


for i, f in enumerate((ViaMeta, Bare, InitReturns, ErrorSub, int, object,
                       functools.partial(star_only, 1), functools.partial(posonly, 1, 2, 3, 4),
                       functools.partial(posonly, c=1), functools.partial(posonly, 1, extra=3),
                       functools.partial(posonly, 1, 2, 3, a=3),
                       functools.partial(posonly, zz=1, d=2, e=3),
                       functools.partial(kwonly, 1), functools.partial(coro, 1, 2, 3))):
    same(f"signature classes/partials #{i}", lambda: str(ts_inspect.signature(f)),
         lambda: str(inspect.signature(f)))
for f in (plain, posonly, no_args, functools.partial(plain, 1)):
    same(f"parameters shown {f!r}".replace(" at 0x", "@"),
         lambda: (str(ts_inspect.signature(f).parameters),
                  repr(ts_inspect.signature(f).parameters),
                  type(ts_inspect.signature(f).parameters).__name__),
         lambda: (str(inspect.signature(f).parameters), repr(inspect.signature(f).parameters),
                  type(inspect.signature(f).parameters).__name__))
