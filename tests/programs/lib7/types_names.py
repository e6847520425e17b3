# types: the names of the built-in types match the objects they name, SimpleNamespace
# (repr, equality, subclasses, recursion), new_class / prepare_class / resolve_bases,
# and @types.coroutine driving an await.
import asyncio
import sys
import types


def function():
    pass


async def native():
    pass


async def agen():
    yield 1


def gen():
    yield 1


class Slotted:
    __slots__ = ("member",)

    def method(self):
        pass


def closure_cell():
    captured = 1
    return (lambda: captured).__closure__[0]


co = native()
ag = agen()
g = gen()
checks = [
    ("FunctionType", types.FunctionType is type(function)),
    ("LambdaType", types.LambdaType is type(lambda: 0)),
    ("CodeType", types.CodeType is type(function.__code__)),
    ("GeneratorType", types.GeneratorType is type(g)),
    ("CoroutineType", types.CoroutineType is type(co)),
    ("AsyncGeneratorType", types.AsyncGeneratorType is type(ag)),
    ("MethodType", types.MethodType is type(Slotted().method)),
    ("BuiltinFunctionType", types.BuiltinFunctionType is type(len)),
    ("BuiltinMethodType", types.BuiltinMethodType is type([].append)),
    ("ModuleType", types.ModuleType is type(sys)),
    ("NoneType", types.NoneType is type(None)),
    ("EllipsisType", types.EllipsisType is type(...)),
    ("NotImplementedType", types.NotImplementedType is type(NotImplemented)),
    ("MappingProxyType", types.MappingProxyType is type(int.__dict__)),
    ("UnionType", types.UnionType is type(int | None)),
    ("GenericAlias", types.GenericAlias is type(dict[str, int])),
    ("MemberDescriptorType", types.MemberDescriptorType is type(Slotted.member)),
    ("GetSetDescriptorType", types.GetSetDescriptorType is type(type(function).__code__)),
    ("MethodDescriptorType", types.MethodDescriptorType is type(str.upper)),
    ("WrapperDescriptorType", types.WrapperDescriptorType is type(object.__repr__)),
    ("MethodWrapperType", types.MethodWrapperType is type((1).__add__)),
    ("ClassMethodDescriptorType", types.ClassMethodDescriptorType is type(dict.__dict__["fromkeys"])),
    ("FrameType", types.FrameType is type(sys._getframe())),
    ("CellType", types.CellType is type(closure_cell())),
]
try:
    raise ValueError
except ValueError as e:
    checks.append(("TracebackType", types.TracebackType is type(e.__traceback__)))
print([name for name, ok in checks if not ok] or "all names match")
co.close()
g.close()

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.b
print(ns, vars(ns))
print(ns == types.SimpleNamespace(a=1, c=[3]), ns != types.SimpleNamespace(a=1))
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace())
print(ns == {"a": 1, "c": [3]})
ns.self = ns
print(ns)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)


class Point(types.SimpleNamespace):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(x=3, y=4)
print(p, p.norm(), p == types.SimpleNamespace(x=3, y=4))
print(types.SimpleNamespace(x=types.SimpleNamespace(y="z"), t=(1, "2")))
print(types.SimpleNamespace(**{"key with space": 1}))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, sorted(kwds))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        print("meta new", name, [b.__name__ for b in bases], sorted(ns), kwds)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"


C = types.new_class("C", (), {"metaclass": Meta, "flavour": "mint"}, body)
print(C.__name__, C.x, C.prepared, C().hello(), type(C).__name__)
D = types.new_class("D", (C,), None, lambda ns: ns.update(y=2))
print(D.__name__, D.y, D.x, type(D).__name__, D.__mro__[1].__name__)
E = types.new_class("E")
print(E, E.__bases__, type(E))
meta, ns, kwds = types.prepare_class("F", (C,), {"flavour": "lime", "other": 1})
print(meta.__name__, ns, sorted(kwds))
meta, ns, kwds = types.prepare_class("G")
print(meta, ns, kwds)


class Base:
    pass


class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Base,)


print(types.resolve_bases((int, Entry(), str)) == (int, Base, str))
print(types.resolve_bases((int, str)))
H = types.new_class("H", (Entry(),))
print(H.__bases__, H.__orig_bases__[0].__class__.__name__)
try:
    types.new_class("Bad", (int, str))
except TypeError as e:
    print("TypeError:", e)


class Meta2(type):
    pass


try:
    types.prepare_class("X", (C, types.new_class("M2", (), {"metaclass": Meta2})))
except TypeError as e:
    print("TypeError:", str(e)[:40])


@types.coroutine
def legacy():
    value = yield from asyncio.sleep(0.1, result="slept").__await__()
    return value + "!"


async def main():
    print(await legacy())
    print(types.coroutine(native) is native)

asyncio.run(main())
proxy = types.MappingProxyType({"k": 1})
print(proxy["k"], len(proxy), list(proxy), proxy.get("z", 0))
try:
    proxy["k"] = 2
except TypeError as e:
    print("TypeError:", e)
alias = types.GenericAlias(list, (int,))
print(alias, alias.__origin__, alias.__args__, alias == list[int])
print(isinstance(3, int | str), (int | str).__args__)
m = types.ModuleType("made", "its doc")
print(m.__name__, m.__doc__, type(m).__name__)
bound = types.MethodType(lambda self, k: (self, k), "obj")
print(bound(5))


class Panel:
    def __init__(self):
        self._size = 3

    @types.DynamicClassAttribute
    def size(self):
        "The size of a panel."
        return self._size


print(Panel().size)
try:
    Panel.size
except AttributeError:
    print("DynamicClassAttribute: AttributeError on the class")
print(Panel.__dict__["size"].__doc__)
