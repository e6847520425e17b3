"""Size-limited reprs: reprlib.repr(x) abbreviates long containers, strings and numbers
with '...' (at most 6 items of a list, 30 characters of a string, 6 levels deep);
Repr() makes a customisable instance; recursive_repr guards a __repr__ against an
object that contains itself."""

import builtins

__all__ = ["Repr", "repr", "recursive_repr"]

# What a decorated __repr__ keeps of the function it wraps.
_COPIED = ('__module__', '__doc__', '__name__', '__qualname__')


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__: a call on an object whose repr is already being
    made (a self-containing structure) returns fillvalue instead of recursing."""

    def decorate(method):
        in_progress = set()   # ids of the objects whose repr is being made

        def guarded(self):
            me = id(self)
            if me in in_progress:
                return fillvalue
            in_progress.add(me)
            try:
                return method(self)
            finally:
                in_progress.discard(me)

        for name in _COPIED:
            setattr(guarded, name, getattr(method, name))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _ends_kept(limit):
    """How many characters to keep from the start and from the end of a text cut
    down to `limit` (three are left for the fill, whatever its real length)."""
    start = (limit - 3) // 2
    if start < 0:
        start = 0
    end = limit - 3 - start
    return start, (end if end > 0 else 0)


def _in_order(items):
    # Set and dict items are shown sorted when they can be compared, so the
    # abbreviated repr does not depend on hashing order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Makes abbreviated reprs; the max* attributes set the limits and a subclass
    may add a repr_<typename>(obj, level) method for any type."""

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
        return self.repr1(x, level=self.maxlevel)

    def repr1(self, x, level):
        """The repr of x with `level` levels of nesting left, by the repr_<typename>
        method (spaces in the name become underscores) or repr_instance."""
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _elide(self, text, limit):
        if len(text) <= limit:
            return text
        start, end = _ends_kept(limit)
        return text[:start] + self.fillvalue + text[len(text) - end:]

    def _items(self, x, level, opening, closing, most, lone_suffix=''):
        """opening + the reprs of x's first `most` items + closing; lone_suffix goes
        before closing when there is exactly one item (the comma of a 1-tuple)."""
        count = len(x)
        if count and level <= 0:
            return opening + self.fillvalue + closing
        shown = []
        for item in x:
            if len(shown) == most:
                shown.append(self.fillvalue)
                break
            shown.append(self.repr1(item, level - 1))
        if count == 1:
            closing = lone_suffix + closing
        return opening + ', '.join(shown) + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, lone_suffix=',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if len(x) == 0:
            return 'array(%r)' % (x.typecode,)
        return self._items(x, level, 'array(%r, [' % (x.typecode,), '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % (self.fillvalue,)
        entries = []
        for key in _in_order(x):
            if len(entries) == self.maxdict:
                entries.append(self.fillvalue)
                break
            entries.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # The repr of both ends together, so the quotes are those that string needs.
        start, end = _ends_kept(self.maxstring)
        text = builtins.repr(x[:start] + x[len(x) - end:])
        return text[:start] + self.fillvalue + text[len(text) - end:]

    def repr_int(self, x, level):
        return self._elide(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._elide(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
