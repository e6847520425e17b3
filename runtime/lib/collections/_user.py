"""UserDict, UserList and UserString: containers that keep their contents in a plain
`data` attribute, so a subclass can override one operation (__setitem__, append, ...)
and every other operation that goes through it follows.

collections loads this module the first time one of the three names is asked for, so
programs that never use them do not pay for collections.abc.
"""

from collections.abc import MutableMapping, MutableSequence, Sequence


def _inner(value, kind):
    """The plain value behind `value` when it is one of our wrappers of class `kind`."""
    return value.data if isinstance(value, kind) else value


# ---------------------------------------------------------------------------------
# UserDict
# ---------------------------------------------------------------------------------

class UserDict(MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # Filled through update(), so a subclass's __setitem__ sees every initial item.
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        hook = getattr(type(self), '__missing__', None)
        if hook is None:
            raise KeyError(key)
        return hook(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        plain = _as_dict(other)
        return NotImplemented if plain is None else type(self)(self.data | plain)

    def __ror__(self, other):
        plain = _as_dict(other)
        return NotImplemented if plain is None else type(self)(plain | self.data)

    def __ior__(self, other):
        self.data |= _inner(other, UserDict)
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # A subclass is copied attribute for attribute, then refilled through update().
        import copy as _copy
        kept = self.data
        self.data = {}
        try:
            twin = _copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        made.update((key, value) for key in iterable)
        return made


def _as_dict(other):
    """The dict a | operand of UserDict stands for, or None when | does not apply."""
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


# ---------------------------------------------------------------------------------
# UserList
# ---------------------------------------------------------------------------------

class UserList(MutableSequence):

    def __init__(self, initlist=None):
        # Always a fresh list: the copy of a list, of a UserList's data, or of an iterable.
        self.data = [] if initlist is None else list(_inner(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _inner(other, UserList)

    def __le__(self, other):
        return self.data <= _inner(other, UserList)

    def __eq__(self, other):
        return self.data == _inner(other, UserList)

    def __gt__(self, other):
        return self.data > _inner(other, UserList)

    def __ge__(self, other):
        return self.data >= _inner(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        # What + and += accept: another UserList, a list, or any iterable.
        inner = _inner(other, UserList)
        return inner if isinstance(inner, type(self.data)) else list(inner)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'][:]
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data[i:i] = [item]

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *bounds):
        return self.data.index(item, *bounds)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *how, **options):
        self.data.sort(*how, **options)

    def extend(self, other):
        self.data.extend(_inner(other, UserList))


# ---------------------------------------------------------------------------------
# UserString
# ---------------------------------------------------------------------------------

class UserString(Sequence):

    def __init__(self, seq):
        inner = _inner(seq, UserString)
        self.data = inner if isinstance(inner, str) else str(inner)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _inner(string, UserString)

    def __lt__(self, string):
        return self.data < _inner(string, UserString)

    def __le__(self, string):
        return self.data <= _inner(string, UserString)

    def __gt__(self, string):
        return self.data > _inner(string, UserString)

    def __ge__(self, string):
        return self.data >= _inner(string, UserString)

    def __contains__(self, char):
        return _inner(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return type(self)(self.data + _inner(other, UserString))
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        prefix = other if isinstance(other, str) else str(other)
        return type(self)(prefix + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


def _delegate(name, rewrap, unwrapped):
    """A UserString method that calls str's `name` on the data. Its first `unwrapped`
    arguments may be UserStrings themselves (CPython unwraps exactly those of count,
    find, rfind, removeprefix, removesuffix and replace); with rewrap the str result
    comes back as the instance's own class."""
    def method(self, *args, **kwargs):
        if unwrapped:
            args = tuple(_inner(arg, UserString) if n < unwrapped else arg
                         for n, arg in enumerate(args))
        result = getattr(self.data, name)(*args, **kwargs)
        return type(self)(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


_STR_METHODS = {
    # name: (result rewrapped, leading arguments unwrapped)
    'capitalize': (True, 0), 'casefold': (True, 0), 'center': (True, 0),
    'expandtabs': (True, 0), 'ljust': (True, 0), 'lower': (True, 0), 'lstrip': (True, 0),
    'rjust': (True, 0), 'rstrip': (True, 0), 'strip': (True, 0), 'swapcase': (True, 0),
    'title': (True, 0), 'translate': (True, 0), 'upper': (True, 0), 'zfill': (True, 0),
    'removeprefix': (True, 1), 'removesuffix': (True, 1), 'replace': (True, 2),
    'count': (False, 1), 'find': (False, 1), 'rfind': (False, 1),
    'index': (False, 0), 'rindex': (False, 0), 'endswith': (False, 0),
    'startswith': (False, 0), 'split': (False, 0), 'rsplit': (False, 0),
    'splitlines': (False, 0), 'partition': (False, 0), 'rpartition': (False, 0),
    'join': (False, 0), 'format': (False, 0), 'format_map': (False, 0),
    'isalpha': (False, 0), 'isalnum': (False, 0), 'isascii': (False, 0),
    'isdecimal': (False, 0), 'isdigit': (False, 0), 'isidentifier': (False, 0),
    'islower': (False, 0), 'isnumeric': (False, 0), 'isprintable': (False, 0),
    'isspace': (False, 0), 'istitle': (False, 0), 'isupper': (False, 0),
}
for _name, (_rewrap, _unwrapped) in _STR_METHODS.items():
    setattr(UserString, _name, _delegate(_name, _rewrap, _unwrapped))
del _name, _rewrap, _unwrapped
for _cls in (UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
del _cls
