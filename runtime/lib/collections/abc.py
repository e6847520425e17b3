"""collections.abc — the abstract container classes, for isinstance()/issubclass().

A small structural version of CPython's Lib/_collections_abc.py: a class counts as a
subclass when it (or a class on its mro) defines the required methods with a value
other than None, when it inherits from the ABC, or when it was registered.
"""

__all__ = ['AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'Callable',
           'Collection', 'Container', 'Coroutine', 'Generator', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Reversible', 'Sequence',
           'Set', 'Sized', 'ValuesView']


def _defines(klass, name):
    for base in klass.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
    return False


class ABCMeta(type):
    """Metaclass of the container ABCs: structural and registered subclass checks."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for klass in getattr(subclass, '__mro__', (subclass,)):
            for reg in cls._abc_registry:
                if klass is reg or issubclass(klass, reg):
                    return True
        # As CPython's ABCMeta: a class registered with (or derived from) a subclass
        # of this ABC is a subclass of it too (list, registered as MutableSequence, is
        # a Sequence).
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        required = cls.__dict__.get('_abc_methods')
        if required is None:
            return False
        return all(_defines(subclass, name) for name in required)


class Hashable(metaclass=ABCMeta):
    _abc_methods = ('__hash__',)


class Awaitable(metaclass=ABCMeta):
    _abc_methods = ('__await__',)


class Coroutine(Awaitable):
    _abc_methods = ('__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):
    _abc_methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _abc_methods = ('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    _abc_methods = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    _abc_methods = ('__iter__',)


class Iterator(Iterable):
    _abc_methods = ('__iter__', '__next__')


class Reversible(Iterable):
    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    _abc_methods = ('__len__',)


class Container(metaclass=ABCMeta):
    _abc_methods = ('__contains__',)


class Collection(Sized, Iterable, Container):
    _abc_methods = ('__len__', '__iter__', '__contains__')


class Callable(metaclass=ABCMeta):
    _abc_methods = ('__call__',)


class Set(Collection):
    _abc_methods = None


class MutableSet(Set):
    _abc_methods = None


class Mapping(Collection):
    _abc_methods = None


class MutableMapping(Mapping):
    _abc_methods = None


class MappingView(Sized):
    _abc_methods = None


class KeysView(MappingView, Set):
    _abc_methods = None


class ItemsView(MappingView, Set):
    _abc_methods = None


class ValuesView(MappingView, Collection):
    _abc_methods = None


class Sequence(Reversible, Collection):
    _abc_methods = None


class MutableSequence(Sequence):
    _abc_methods = None


Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
