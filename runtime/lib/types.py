"""Names for the interpreter's built-in types, SimpleNamespace, and @coroutine."""

from _types import (FunctionType, GeneratorType, CoroutineType, AsyncGeneratorType,
                    CodeType, CellType, TracebackType, ModuleType, BuiltinFunctionType,
                    MethodType, coroutine)

LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


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
