"""Size-limited reprs: reprlib.repr(x) abbreviates long containers, strings and numbers
with '...' (at most 6 items of a list, 30 characters of a string, 6 levels deep);
Repr() makes a customisable instance; recursive_repr guards a __repr__ against an
object that contains itself."""

import builtins
from itertools import islice

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__: a call on an object whose repr is already being
    made (a self-containing structure) returns fillvalue instead of recursing."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _shorten(s, limit, fill):
    """s with its middle replaced by fill when it is longer than limit (the kept
    ends leave room for three characters of fill, whatever its length)."""
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


def _possibly_sorted(x):
    # Sorted when the items allow it, so that sets and dicts show a stable order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % ', '.join(pieces)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            s = _shorten(builtins.repr(x), self.maxstring, self.fillvalue)
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
