"""types: the classes and functions of our types module (runtime/lib/_types_extra.py,
which types loads on first use) against CPython's: SimpleNamespace, new_class,
prepare_class, resolve_bases and DynamicClassAttribute. The type names themselves come
from our C module _types and are checked by tests/programs/lib7/types_names.py."""
import types
from compare import load, same

ts = load("_types_extra")


def namespaces(mod):
    NS = mod.SimpleNamespace
    log = []
    ns = NS(b=2, a=1)
    log += [repr(ns), ns.a, vars(ns), ns == NS(a=1, b=2), ns == NS(a=1), ns != NS(),
            ns == {"a": 1, "b": 2}, repr(NS()), NS() == NS()]
    ns.me = ns
    ns.__dict__[5] = "int key"
    ns.__dict__[""] = "empty key"
    log.append(repr(ns))
    del ns.me
    # CPython's message names its C type 'types.SimpleNamespace': compare the type only.
    log += [attempt(NS, {"a": 1}), attempt(NS, 1, 2), attempt(hash, NS())[0]]

    class Point(NS):
        pass

    p = Point(x=1, y=2)
    log += [repr(p), p == NS(x=1, y=2), NS(x=1, y=2) == p, repr(Point())]
    inner = NS(items=[NS(k="v")], t=(1,))
    log += [repr(inner), repr(NS(**{"with space": 1, "q": "'"}))]
    log += [mod.SimpleNamespace.__module__, mod.SimpleNamespace.__name__]
    reduced = NS(a=1).__reduce__()
    log += [reduced[0] is NS, reduced[1], reduced[2]]
    return log


def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception as e:
        return (type(e).__name__, str(e))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return {"prepared_for": name, "kwds": sorted(kwds)}

    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, ns)
        cls.seen = (sorted(ns), kwds)
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class SubMeta(Meta):
    pass


class OtherMeta(type):
    pass


class Entries:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        return self.bases


class Bad:
    def __mro_entries__(self, bases):
        return [int]


def class_making(mod):
    log = []
    A = mod.new_class("A", (), {"metaclass": Meta, "flavour": 1},
                      lambda ns: ns.update(x=1))
    log += [A.__name__, type(A).__name__, A.prepared_for, A.kwds, A.x, A.seen]
    B = mod.new_class("B", (A,), None, lambda ns: ns.update(y=2))
    log += [type(B).__name__, B.seen, B.y, [c.__name__ for c in B.__mro__]]
    C = mod.new_class("C", (A,), {"metaclass": SubMeta})
    log += [type(C).__name__, C.__bases__ == (A,)]
    log += [attempt(mod.new_class, "D", (A, mod.new_class("O", (), {"metaclass": OtherMeta})))]
    log += [attempt(mod.new_class, "E", (int, str))]
    E = mod.new_class("E")
    # type() names the calling module: here ours is loaded as ts__types_extra.
    module = E.__module__.replace("ts__types_extra", "types")
    log += [E.__name__, E.__bases__, type(E), module, E.__qualname__]
    meta, ns, kwds = mod.prepare_class("F", (A,), {"k": 1, "metaclass": type})
    log += [meta.__name__, ns, kwds]
    log += [mod.prepare_class("G"), mod.prepare_class("G", (int,), {})]
    meta, ns, kwds = mod.prepare_class("H", (), {"metaclass": lambda *a, **k: None})
    log += [ns, kwds, callable(meta)]
    original = (int, Entries(str, float), Entries())
    resolved = mod.resolve_bases(original)
    log += [resolved, mod.resolve_bases((int, str)), attempt(mod.resolve_bases, (Bad(),))]
    plain = (int, str)
    log.append(mod.resolve_bases(plain) is plain)
    H = mod.new_class("H", (Entries(dict),), None, lambda ns: ns.update(z=3))
    log += [H.__bases__, type(H.__orig_bases__[0]).__name__, H.z, H().z]
    I = mod.new_class("I", (dict,))
    log.append("__orig_bases__" in I.__dict__)
    return log


def dynamic_attributes(mod):
    DCA = mod.DynamicClassAttribute
    log = []

    class Panel:
        def __init__(self):
            self._size = 1

        @DCA
        def size(self):
            "Docstring of the getter."
            return self._size

        @size.setter
        def size(self, value):
            self._size = value

        @DCA
        def readonly(self):
            return "ro"

    p = Panel()
    log += [p.size, attempt(getattr, Panel, "size"), Panel.__dict__["size"].__doc__]
    p.size = 5
    log += [p.size, attempt(setattr, p, "readonly", 1), attempt(delattr, p, "readonly"),
            attempt(delattr, p, "size")]
    prop = DCA(lambda self: 1, doc="given")
    log += [prop.__doc__, prop.overwrite_doc, prop.getter(lambda self: 2).__doc__]
    got = DCA(lambda self: 1)
    log += [got.__doc__, got.overwrite_doc]

    def with_doc(self):
        "new getter's doc"

    log += [got.getter(with_doc).__doc__, got.setter(print).__doc__,
            got.deleter(print).overwrite_doc]

    class Abstract:
        def fget(self):
            pass

        fget.__isabstractmethod__ = True
        attr = DCA(fget)

    log += [isinstance(Abstract.attr, DCA), Abstract.attr.__isabstractmethod__]
    unreadable = DCA()
    log += [unreadable.__doc__, attempt(unreadable.__get__, p, Panel)]
    log += [DCA.__module__, DCA.__name__]
    return log


same("types SimpleNamespace", lambda: namespaces(ts), lambda: namespaces(types))
same("types new_class/prepare_class/resolve_bases", lambda: class_making(ts),
     lambda: class_making(types))
same("types DynamicClassAttribute", lambda: dynamic_attributes(ts),
     lambda: dynamic_attributes(types))
