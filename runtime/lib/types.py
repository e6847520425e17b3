"""Names for the interpreter's built-in types, and @coroutine."""

# `import asyncio` loads this module, so the wasm engine embeds it (its download size
# counts): it stays small. Most types come from the C module _types
# (runtime/py/mod__types.c); the rest are read off an object of the kind. The classes
# and functions (SimpleNamespace, new_class, prepare_class, resolve_bases,
# DynamicClassAttribute) live in _types_extra, loaded on first use.

import sys as _sys
from _types import (FunctionType, GeneratorType, CoroutineType, AsyncGeneratorType,
                    CodeType, CellType, TracebackType, ModuleType, BuiltinFunctionType,
                    MethodType, coroutine)


# Aliases CPython keeps for history: a lambda is a function, and a built-in method is a
# built-in function bound to its object.
LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType

# The types of the three singletons.
NoneType, EllipsisType, NotImplementedType = (type(v) for v in (None, ..., NotImplemented))


class _HasSlot:
    __slots__ = ("slot",)


# Types we have no other handle on than an object of the kind.
(UnionType, GenericAlias, MappingProxyType, MethodDescriptorType, WrapperDescriptorType,
 MethodWrapperType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType,
 FrameType) = [type(sample) for sample in (
     int | str,                     # X | Y of types
     list[int],                     # a subscripted builtin class
     object.__dict__,               # a class's read-only namespace
     str.join,                      # a method of a builtin class, unbound
     object.__init__,               # a slot of a builtin class, unbound
     object().__str__,              # the same slot, bound
     dict.__dict__["fromkeys"],     # a builtin classmethod, unbound
     FunctionType.__code__,         # a computed attribute of a builtin class
     _HasSlot.slot,                 # a __slots__ entry
     _sys._getframe(),              # a running frame
 )]
del _HasSlot


def __getattr__(name):
    # PEP 562: the first use of one of them loads _types_extra (library bundle).
    if name in _EXTRA_NAMES:
        import _types_extra
        value = getattr(_types_extra, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'types' has no attribute '{name}'")


_EXTRA_NAMES = frozenset(("SimpleNamespace", "new_class", "prepare_class", "resolve_bases",
                          "DynamicClassAttribute"))
# As CPython's: every public name, the ones loaded on demand included.
__all__ = [name for name in globals() if name[:1] != "_"] + sorted(_EXTRA_NAMES)
