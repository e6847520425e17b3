"""Names for the interpreter's built-in types, SimpleNamespace, and @coroutine."""

from _types import (FunctionType, GeneratorType, CoroutineType, AsyncGeneratorType,
                    CodeType, CellType, TracebackType, ModuleType, BuiltinFunctionType,
                    MethodType, coroutine)

LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
UnionType = type(int | str)
GenericAlias = type(list[int])
MappingProxyType = type(type.__dict__)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__code__)


def _frame_type():
    import sys
    return type(sys._getframe())


FrameType = _frame_type()
del _frame_type


class _Slotted:
    __slots__ = ("slot",)


MemberDescriptorType = type(_Slotted.slot)
del _Slotted


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        return "{}({})".format("namespace", ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, bases, ns, **(kwds or {}))
