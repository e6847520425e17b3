"""Weak references: ref (from the C module _weakref), proxy, WeakValueDictionary,
WeakKeyDictionary, WeakSet, WeakMethod and finalize.

Differences from CPython: any object except int, float, str, bytes, tuple, list, dict
and None can be weakly referenced (CPython also refuses classes with __slots__ that
lack __weakref__); callbacks run just before the object is freed rather than after
its __del__; proxies are a Python class, not a C type; finalize objects still alive
at exit are not called."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """A proxy: attribute access and operators go to the referent while it lives."""

    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        if callback is not None:
            object.__setattr__(self, "_ref", ref(obj, lambda r: callback(self)))
        else:
            object.__setattr__(self, "_ref", ref(obj))

    def _get(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._get(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._get(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._get(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__,
                                                       id(obj))

    def __str__(self):
        return str(ProxyType._get(self))

    def __bool__(self):
        return bool(ProxyType._get(self))

    def __len__(self):
        return len(ProxyType._get(self))

    def __iter__(self):
        return iter(ProxyType._get(self))

    def __getitem__(self, key):
        return ProxyType._get(self)[key]

    def __setitem__(self, key, value):
        ProxyType._get(self)[key] = value

    def __contains__(self, item):
        return item in ProxyType._get(self)

    def __eq__(self, other):
        return ProxyType._get(self) == other

    def __call__(self, *args, **kwargs):
        return ProxyType._get(self)(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


_GONE = object()  # what a dead weak reference's entry reads as


def _pairs(source, extra):
    """The (key, value) pairs of an update() argument (a mapping or an iterable of
    pairs) followed by those of the keyword arguments."""
    if source is not None:
        if hasattr(source, "items"):
            yield from source.items()
        else:
            yield from dict(source).items()
    yield from extra.items()


class WeakMethod:
    """A weak reference to a bound method: calling it gives the method again, or None
    once the object or the function is gone."""

    __slots__ = ("_target", "_function", "_bind", "__callback__")

    def __init__(self, meth, callback=None):
        target = getattr(meth, "__self__", _GONE)
        function = getattr(meth, "__func__", _GONE)
        if target is _GONE or function is _GONE:
            raise TypeError("argument should be a bound method, not {}".format(
                type(meth)))

        def either_died(unused):
            # The method is dead as soon as its object or its function is.
            if callback is not None:
                callback(self)
        self._target = ref(target, either_died)
        self._function = ref(function, either_died)
        self._bind = type(meth)
        self.__callback__ = callback

    def __call__(self):
        target, function = self._target(), self._function()
        if target is None or function is None:
            return None
        return self._bind(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        mine = self()
        # Two dead WeakMethods are equal only if they are the same object.
        return self is other if mine is None else mine == other()

    def __hash__(self):
        return hash((self._target, self._function))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies.
    self.data maps each key to a weak reference to its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def _value_of(self, key):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return _GONE if value is None else value

    def _living(self):
        # A snapshot, so entries may die (and go) while the caller iterates.
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __setitem__(self, key, value):
        table = self.data

        def value_died(wr):
            # Only if the entry still holds this reference (not a newer value's).
            if table.get(key) is wr:
                del table[key]
        table[key] = ref(value, value_died)

    def __getitem__(self, key):
        value = self._value_of(key)
        if value is _GONE:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._value_of(key) is not _GONE

    def __len__(self):
        return sum(1 for _ in self._living())

    def __iter__(self):
        for key, _ in self._living():
            yield key

    keys = __iter__

    def items(self):
        return self._living()

    def values(self):
        for _, value in self._living():
            yield value

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        value = self._value_of(key)
        return default if value is _GONE else value

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self._value_of(key)
        if value is _GONE:
            self[key] = value = default
        return value

    def update(self, other=None, /, **kwargs):
        for key, value in _pairs(other, kwargs):
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self._living())

    __copy__ = copy


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies.
    self.data maps a weak reference to each key (equal and hashing as the key) to the
    value; looking a key up makes a fresh reference to it."""

    def __init__(self, dict=None):
        self.data = {}
        table = self.data

        def key_died(wr):
            table.pop(wr, None)
        self._remove = key_died
        if dict is not None:
            self.update(dict)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def _living(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            # What cannot be weakly referenced cannot be a key.
            return False
        return probe in self.data

    def __len__(self):
        return sum(1 for _ in self._living())

    def __iter__(self):
        for key, _ in self._living():
            yield key

    keys = __iter__

    def items(self):
        return self._living()

    def values(self):
        for _, value in self._living():
            yield value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for key, value in _pairs(dict, kwargs):
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(list(self._living()))

    __copy__ = copy


class WeakSet:
    """A set whose elements are held weakly: self.data is a set of weak references,
    each equal and hashing as its element while that lives."""

    def __init__(self, data=None):
        self.data = set()
        members = self.data

        def element_died(wr):
            members.discard(wr)
        self._remove = element_died
        if data is not None:
            self.update(data)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def __iter__(self):
        for wr in list(self.data):
            element = wr()
            if element is not None:
                yield element

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def pop(self):
        while self.data:
            element = self.data.pop()()
            if element is not None:
                return element
        raise KeyError("pop from empty WeakSet")

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    # The set algebra builds new WeakSets from the living elements.
    def union(self, other):
        return type(self)([*self, *other])

    def intersection(self, other):
        return type(self)(element for element in other if element in self)

    def difference(self, other):
        return type(self)(element for element in self if element not in other)

    __or__ = union
    __and__ = intersection
    __sub__ = difference

    def issubset(self, other):
        return all(element in other for element in self)

    def issuperset(self, other):
        return all(element in self for element in other)

    __le__ = issubset
    __ge__ = issuperset

    def isdisjoint(self, other):
        return not any(element in self for element in other)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return set(self) == set(other)
        return NotImplemented


class finalize:
    """Calls func(*args, **kwargs) once when obj is garbage collected (or when the
    finalize object is called). The live finalizers are kept in a class-wide
    registry, keyed by a serial number, so they outlive their own references."""

    _registry = {}
    _serial = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._serial += 1
        self._key = finalize._serial
        self._obj = ref(obj, self._referent_died)
        self._call = (func, args, dict(kwargs))
        finalize._registry[self._key] = self
        self.atexit = True

    def _referent_died(self, wr):
        self()

    def _claim(self):
        """Takes this finalizer out of the registry: True only the first time."""
        return finalize._registry.pop(self._key, None) is not None

    def __call__(self, _=None):
        if self._claim():
            func, args, kwargs = self._call
            self._call = None
            return func(*args, **kwargs)

    def peek(self):
        obj = self._obj()
        if obj is not None and self.alive:
            func, args, kwargs = self._call
            return (obj, func, args, kwargs)

    def detach(self):
        state = self.peek()
        if state is not None and self._claim():
            self._call = None
            return state

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._obj() if self.alive else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
