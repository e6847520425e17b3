"""Abstract base classes: ABC, ABCMeta, abstractmethod.

A class with abstract methods left unimplemented cannot be instantiated; the error
names them as CPython does."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it to be instantiable."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    func = getattr(value, "__func__", None)
    return func is not None and getattr(func, "__isabstractmethod__", False)


class ABCMeta(type):
    """Metaclass that computes __abstractmethods__ and supports register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        if abstracts:
            original_new = cls.__new__

            def __new__(klass, *args, **kwargs):
                missing = getattr(klass, "__abstractmethods__", ())
                if missing:
                    names = sorted(missing)
                    raise TypeError(
                        "Can't instantiate abstract class %s with abstract method%s %s"
                        % (klass.__name__, "s" if len(names) > 1 else "",
                           ", ".join(names)))
                if original_new is object.__new__:
                    return object.__new__(klass)
                return original_new(klass, *args, **kwargs)
            cls.__new__ = __new__
        return cls

    def register(cls, subclass):
        """Makes subclass count as a virtual subclass of cls."""
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            result = hook.__get__(None, cls)(subclass)
            if result is not NotImplemented:
                return bool(result)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        return any(issubclass(subclass, sub) for sub in type.__subclasses__(cls)
                   if sub is not cls) if hasattr(type, "__subclasses__") else False


class ABC(metaclass=ABCMeta):
    """Helper base: class Shape(ABC) makes an abstract base class."""
    __slots__ = ()


def get_cache_token():
    return 0
