"""collections — deque, defaultdict, Counter, OrderedDict and namedtuple.

Written in Python on top of the builtin containers. Reprs, messages and orderings
follow CPython 3.11's Lib/collections/__init__.py and Modules/_collectionsmodule.c.
"""

try:
    from operator import itemgetter as _itemgetter
except ImportError:
    class _itemgetter:
        __slots__ = ('_index',)

        def __init__(self, index):
            self._index = index

        def __call__(self, obj):
            return obj[self._index]

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


################################################################################
### deque
################################################################################

from _collections import deque as _deque


# ids of the deques and OrderedDicts whose repr is being written (recursion guard).
_repr_running = set()


class deque(_deque):
    """A double-ended queue, optionally bounded by maxlen.

    The items and the O(1) operations (append, appendleft, pop, popleft, extend,
    extendleft, clear, remove, len, iteration, indexing) are _collections.deque's, in C;
    the rest is written here on top of them."""

    __slots__ = ()

    def _set(self, items):
        _deque.clear(self)
        _deque.extend(self, items)

    def rotate(self, n=1):
        items = list(self)
        if len(items) > 1:
            n %= len(items)
            if n:
                items = items[-n:] + items[:-n]
        self._set(items)

    def copy(self):
        return self.__class__(self, self.maxlen)

    __copy__ = copy

    def count(self, x):
        return list(self).count(x)

    def index(self, x, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(i, x)
        self._set(items)

    def reverse(self):
        self._set(list(self)[::-1])

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return self.__class__(list(self) + list(other), self.maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(list(self) * n, self.maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._set(list(self) * n)
        return self

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        # A deque inside itself shows as [...], as CPython's does.
        if id(self) in _repr_running:
            return '[...]'
        _repr_running.add(id(self))
        try:
            name = type(self).__name__
            if self.maxlen is None:
                return f'{name}({list(self)!r})'
            return f'{name}({list(self)!r}, maxlen={self.maxlen})'
        finally:
            _repr_running.discard(id(self))


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = repr(factory)
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and popitem(last)."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def copy(self):
        return self.__class__(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        # An OrderedDict inside itself shows as ..., as CPython's does.
        if id(self) in _repr_running:
            return '...'
        _repr_running.add(id(self))
        try:
            return f'{self.__class__.__name__}({list(self.items())!r})'
        finally:
            _repr_running.discard(id(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        # As CPython's: remake an empty one of this class, then set the items one by
        # one in their order; the instance's own attributes (a subclass's) are its state.
        state = dict(vars(self)) if hasattr(self, '__dict__') else None
        return self.__class__, (), state or None, None, iter(self.items())


################################################################################
### Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # An element never counted has a count of zero, and reading it adds nothing.
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts stay in first-seen order as with
        # CPython's heapq.nlargest.
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for element, times in self.items():
            yield from (element for _ in range(times))

    def _add_counts(self, iterable, kwds, sign):
        """update() (sign 1) and subtract() (sign -1): a mapping brings its counts,
        any other iterable counts one per element; keyword arguments come last."""
        if iterable is not None:
            current = self.get
            if not isinstance(iterable, dict):
                for element in iterable:
                    self[element] = current(element, 0) + sign
            elif sign < 0:
                for element, count in iterable.items():
                    self[element] = current(element, 0) - count
            elif not self:
                dict.update(self, iterable)
            else:
                for element, count in iterable.items():
                    self[element] = count + current(element, 0)
        if kwds:
            self._add_counts(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        self._add_counts(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._add_counts(iterable, kwds, -1)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # Deleting an element that has no count is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            ordered = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as stored.
            ordered = dict(self)
        return f'{name}({ordered!r})'

    # -- comparisons: missing elements count as zero ------------------------------

    def _all_counts(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self) + [key for key in other if key not in self]
        return all(test(self[key], other[key]) for key in keys)

    def __eq__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine == theirs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __le__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine <= theirs)

    def __ge__(self, other):
        return self._all_counts(other, lambda mine, theirs: mine >= theirs)

    def __lt__(self, other):
        smaller = self.__le__(other)
        return smaller if smaller is NotImplemented else smaller and self != other

    def __gt__(self, other):
        larger = self.__ge__(other)
        return larger if larger is NotImplemented else larger and self != other

    # -- multiset arithmetic: results keep positive counts only --------------------

    def _combined(self, other, combine, with_other_only):
        """A new Counter of combine(count here, count there) for this counter's
        elements, then, if with_other_only, for other's elements not counted here
        (against zero); only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        pairs = [(element, count, other[element]) for element, count in self.items()]
        if with_other_only:
            pairs += [(element, 0, count) for element, count in other.items()
                      if element not in self]
        for element, mine, theirs in pairs:
            value = combine(mine, theirs)
            if value > 0:
                result[element] = value
        return result

    def __add__(self, other):
        return self._combined(other, lambda mine, theirs: mine + theirs, True)

    def __sub__(self, other):
        return self._combined(other, lambda mine, theirs: mine - theirs, True)

    def __or__(self, other):
        return self._combined(other, lambda mine, theirs: theirs if mine < theirs else mine,
                              True)

    def __and__(self, other):
        return self._combined(other, lambda mine, theirs: mine if mine < theirs else theirs,
                              False)

    def __pos__(self):
        return Counter({element: count for element, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({element: 0 - count for element, count in self.items() if count < 0})

    def _drop_nonpositive(self):
        for element in [element for element, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._drop_nonpositive()

    def __iand__(self, other):
        for element, count in self.items():
            if other[element] < count:
                self[element] = other[element]
        return self._drop_nonpositive()


################################################################################
### namedtuple
################################################################################

def _namedtuple_fields(typename, field_names, rename):
    """The checked tuple of field names: a string is split on commas and spaces;
    with rename, unusable names become _0, _1, ... by position."""
    from keyword import iskeyword
    names = field_names.replace(',', ' ').split() if isinstance(field_names, str) \
        else [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or iskeyword(name)
                        or name.startswith('_') or name in taken)
            taken.add(name)
            if unusable:
                names[position] = f'_{position}'
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    taken = set()
    for name in names:
        if not rename and name[0] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return tuple(names)


def _namedtuple_defaults(field_names, defaults):
    """{field: default} for the last len(defaults) fields, in field order."""
    if defaults is None:
        return {}
    defaults = tuple(defaults)
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    first = len(field_names) - len(defaults)
    return dict(zip(field_names[first:], defaults))


class _tuplegetter(property):
    """A named tuple's field: reads item i; assigning or deleting it fails with the
    messages of CPython's _tuplegetter (a plain property would say "has no setter")."""

    def __init__(self, index, doc):
        super().__init__(_itemgetter(index), doc=doc)
        self._index = index

    def __repr__(self):
        return f"{type(self).__name__}({self._index}, {self.__doc__!r})"

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    typename = str(typename)
    field_names = _namedtuple_fields(typename, field_names, rename)
    field_defaults = _namedtuple_defaults(field_names, defaults)

    field_names = tuple(field_names)
    num_fields = len(field_names)
    qualified_new = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            fewest = num_fields - len(field_defaults) + 1
            accepted = (f'{num_fields + 1}' if fewest == num_fields + 1
                        else f'from {fewest} to {num_fields + 1}')
            raise TypeError(f'{qualified_new}() takes {accepted} positional '
                            f'arguments but {len(args) + 1} were given')
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):]
                           if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{qualified_new}() missing 1 required positional "
                                    f"argument: '{missing[0]}'")
                names = ', '.join(repr(n) for n in missing[:-1])
                raise TypeError(f'{qualified_new}() missing {len(missing)} required '
                                f"positional arguments: {names} and '{missing[-1]}'")
        for name in kwargs:
            if name in field_names:
                raise TypeError(f"{qualified_new}() got multiple values for argument '{name}'")
            raise TypeError(f"{qualified_new}() got an unexpected keyword argument '{name}'")
        return tuple.__new__(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{name}={value!r}' for name, value in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), namespace)
    result.__module__ = '__main__' if module is None else module
    return result


################################################################################
### ChainMap (small version); UserDict, UserList, UserString live in _user.py
################################################################################

_chainmap_repr_running = set()


class ChainMap:
    """A view of several mappings searched in order."""

    def __init__(self, *maps):
        # Writes go to maps[0]; with no mapping given, a fresh dict plays that part.
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            # Indexing, not `in`: a defaultdict layer makes the missing value.
            try:
                return layer[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _key_order(self):
        # Keys in the order the deepest mapping first saw them, as CPython iterates.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return order

    def __iter__(self):
        return iter(self._key_order())

    def __len__(self):
        return len(self._key_order())

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        # A ChainMap inside one of its own maps shows as "...", as CPython's does.
        key = id(self)
        if key in _chainmap_repr_running:
            return '...'
        _chainmap_repr_running.add(key)
        try:
            shown = ', '.join(repr(layer) for layer in self.maps)
        finally:
            _chainmap_repr_running.discard(key)
        return f'{type(self).__name__}({shown})'

    # The views, the comparison and update() are MutableMapping's (collections.abc,
    # imported when first used so that importing collections stays cheap).

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def __eq__(self, other):
        from collections.abc import Mapping
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    # A mapping is not a sequence: reversed() must not fall back to indexing 0, 1, ...
    __reversed__ = None

    # MutableMapping's own, borrowed when called (ChainMap is registered, not derived).
    def update(self, other=(), /, **kwds):
        from collections.abc import MutableMapping
        MutableMapping.update(self, other, **kwds)

    def setdefault(self, key, default=None):
        from collections.abc import MutableMapping
        return MutableMapping.setdefault(self, key, default)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap with one dict made from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same maps[1:]."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        from collections.abc import Mapping
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        from collections.abc import Mapping
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(other)
        for layer in reversed(self.maps):
            merged.update(layer)
        return type(self)(merged)

    def new_child(self, m=None, **kwargs):
        front = kwargs if m is None else m
        if m is not None and kwargs:
            front.update(kwargs)
        return type(self)(front, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            # Only the first mapping is writable; the chained KeyError is CPython's too.
            raise KeyError(f'Key not found in the first mapping: {key!r}')


def __getattr__(name):
    # UserDict, UserList and UserString stand on collections.abc: loaded on first use.
    if name in ('UserDict', 'UserList', 'UserString'):
        from collections import _user
        value = getattr(_user, name)
        globals()[name] = value
        return value
    # name and obj let the traceback suggest a close name, as for any module attribute.
    import sys
    raise AttributeError(f"module 'collections' has no attribute '{name}'",
                         name=name, obj=sys.modules[__name__])
