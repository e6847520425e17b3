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


import abc as _abc
from abc import abstractmethod as _abstract


def _defines(klass, name):
    for base in klass.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
    return False


class ABCMeta(_abc.ABCMeta):
    """Metaclass of the container ABCs: structural and registered subclass checks;
    abstract methods (from abc.ABCMeta) stop a subclass that misses one from being
    instantiated."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        _abc._register_collection_flag(cls, subclass)  # for the match statement
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

    @_abstract
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    _abc_methods = ('__iter__', '__next__')

    @_abstract
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    _abc_methods = ('__len__',)

    @_abstract
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    _abc_methods = ('__contains__',)

    @_abstract
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    _abc_methods = ('__len__', '__iter__', '__contains__')


class Callable(metaclass=ABCMeta):
    _abc_methods = ('__call__',)


class Set(Collection):
    # The comparisons and operators come from __contains__, __iter__ and __len__.
    _abc_methods = None

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return all(value not in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __hash__ = None


class MutableSet(Set):
    _abc_methods = None

    @_abstract
    def add(self, value):
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    # get, keys, items, values, ==, and `in` come from __getitem__, __iter__, __len__.
    _abc_methods = None
    __abc_tpflags__ = 1 << 6  # mapping patterns match it (CPython's Py_TPFLAGS_MAPPING)

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MutableMapping(Mapping):
    _abc_methods = None

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    _abc_methods = None

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(MappingView, Set):
    _abc_methods = None

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    _abc_methods = None

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    _abc_methods = None

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    # Iteration, `in`, reversed(), index and count come from __getitem__ and __len__.
    _abc_methods = None
    __abc_tpflags__ = 1 << 5  # sequence patterns match it (CPython's Py_TPFLAGS_SEQUENCE)

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    _abc_methods = None

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


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


def _register_collections_types():
    # collections' own mappings and sequences are written without these ABCs (importing
    # collections stays cheap); they are registered here, once the ABCs exist.
    import collections
    MutableMapping.register(collections.ChainMap)
    MutableMapping.register(collections.OrderedDict)
    MutableMapping.register(collections.defaultdict)
    MutableMapping.register(collections.Counter)
    MutableSequence.register(collections.deque)


_register_collections_types()
del _register_collections_types
