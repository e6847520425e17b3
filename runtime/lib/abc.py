"""Abstract base classes: ABC, ABCMeta, abstractmethod.

A class with abstract methods left unimplemented cannot be instantiated; the error
names them as CPython does."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token"]

_MARK = "__isabstractmethod__"


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it to be instantiable."""
    setattr(funcobj, _MARK, True)
    return funcobj


# The deprecated spellings: descriptors that are abstract by their class.
abstractclassmethod = type("abstractclassmethod", (classmethod,), {_MARK: True})
abstractstaticmethod = type("abstractstaticmethod", (staticmethod,), {_MARK: True})
abstractproperty = type("abstractproperty", (property,), {_MARK: True})
for _kind in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _kind.__module__ = __name__
del _kind


def _marked(value):
    return bool(getattr(value, _MARK, False))


def _is_abstract(value):
    """Whether a class attribute still needs overriding: a marked function, or a
    property / classmethod / staticmethod wrapping one."""
    if _marked(value):
        return True
    if isinstance(value, property):
        return any(_marked(part) for part in (value.fget, value.fset, value.fdel))
    return _marked(getattr(value, "__func__", None))


def _abstract_names(cls, namespace, bases):
    """The names still abstract in a new class: its own marked attributes and those
    its bases left abstract and it did not override with something concrete."""
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    inherited = set()
    for base in bases:
        inherited.update(getattr(base, "__abstractmethods__", ()))
    names.update(name for name in inherited - names
                 if _is_abstract(getattr(cls, name, None)))
    return frozenset(names)


def _refusing_new(original):
    """A __new__ that refuses classes with abstract methods left, then creates the
    instance as `original` (the class's own __new__) would."""
    plain = original is object.__new__

    def __new__(klass, *args, **kwargs):
        made = None
        if plain:
            # object.__new__ reports surplus arguments before abstract methods; it
            # cannot check them here, as klass's __new__ is now this function.
            if (args or kwargs) and klass.__init__ is object.__init__:
                raise TypeError(f"{klass.__name__}() takes no arguments")
            made = object.__new__(klass)
        missing = sorted(getattr(klass, "__abstractmethods__", ()))
        if missing:
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {klass.__name__} "
                            f"with abstract method{plural} {', '.join(missing)}")
        return made if plain else original(klass, *args, **kwargs)
    return __new__


# The flags CPython keeps in a type's tp_flags for the match statement: Sequence and
# Mapping carry them (their `__abc_tpflags__`), and registering a class with an ABC
# that has one gives it to that class. runtime/py/vm_match.c reads this table (class ->
# 32 for sequences, 64 for mappings) along a subject type's MRO.
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)
_collection_flags = {}


def _collection_flag(cls):
    for klass in getattr(cls, "__mro__", ()):
        flag = _collection_flags.get(klass)
        if flag:
            return flag
    return 0


def _register_collection_flag(abc_cls, subclass):
    """What registering subclass with abc_cls does to its match-statement flag."""
    flag = _collection_flag(abc_cls)
    if flag and isinstance(subclass, type):
        _collection_flags[subclass] = flag


class ABCMeta(type):
    """Metaclass that computes __abstractmethods__ and supports register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if "__abc_tpflags__" in namespace:
            _collection_flags[cls] = namespace["__abc_tpflags__"] & _COLLECTION_FLAGS
            delattr(cls, "__abc_tpflags__")
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        # Virtual subclasses registered on this class itself (not its bases).
        cls._abc_registry = []
        if cls.__abstractmethods__:
            cls.__new__ = _refusing_new(cls.__new__)
        return cls

    def register(cls, subclass):
        """Makes subclass count as a virtual subclass of cls."""
        cls._abc_registry.append(subclass)
        _register_collection_flag(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        # As CPython's _abc: the class the instance claims (__class__, which a proxy or
        # a mock may set) first, then its real type.
        claimed = instance.__class__
        if cls.__subclasscheck__(claimed):
            return True
        actual = type(instance)
        return actual is not claimed and cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        # Real inheritance first, then the class's hook, then registrations on cls
        # and, recursively, on its subclasses.
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in getattr(subclass, "__mro__", ()):
            return True
        own_hook = cls.__dict__.get("__subclasshook__")
        if own_hook is not None:
            verdict = own_hook.__get__(None, cls)(subclass)
            if verdict is not NotImplemented:
                return bool(verdict)
        if any(issubclass(subclass, virtual) for virtual in cls._abc_registry):
            return True
        if not hasattr(type, "__subclasses__"):
            return False
        return any(issubclass(subclass, child)
                   for child in type.__subclasses__(cls) if child is not cls)


class ABC(metaclass=ABCMeta):
    """Helper base: class Shape(ABC) makes an abstract base class."""
    __slots__ = ()


def get_cache_token():
    return 0
