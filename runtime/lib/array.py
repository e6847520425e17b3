"""array: compact typed arrays of numbers (typecodes b B u h H i I l L q Q f d), in
Python over a list, with CPython's range checks, bytes conversion (little-endian,
native sizes) and repr. Not here: the buffer protocol (memoryview(array)), fromfile
and tofile."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"
_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}


def _range_error(what, v, lo):
    side = "less than minimum" if v < lo else "greater than maximum"
    return OverflowError("%s is %s" % (what, side))


def _check_int(t, v):
    """v as stored by typecode t, or the exception CPython raises for it."""
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        v = index(v)
    if t in "qQ":
        if t == "q" and not -(1 << 63) <= v < (1 << 63):
            raise OverflowError("int too big to convert")
        if t == "Q":
            if v < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if v >= 1 << 64:
                raise OverflowError("int too big to convert")
        return v
    if t in "IL":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 1 << 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if t == "I" and v >= 1 << 32:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    if t == "b":
        if not -32768 <= v <= 32767:
            raise _range_error("signed short integer", v, -32768)
        if not -128 <= v <= 127:
            raise _range_error("signed char", v, -128)
    elif t == "B":
        if not 0 <= v <= 255:
            raise _range_error("unsigned byte integer", v, 0)
    elif t == "h":
        if not -32768 <= v <= 32767:
            raise _range_error("signed short integer", v, -32768)
    elif t == "H":
        if not -(1 << 31) <= v < (1 << 31):
            raise _range_error("signed integer", v, -(1 << 31))
        if not 0 <= v <= 65535:
            raise _range_error("unsigned short", v, 0)
    elif t == "i":
        if not -(1 << 31) <= v < (1 << 31):
            raise _range_error("signed integer", v, -(1 << 31))
    return v


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f "
                             "or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode "
                                "'%s'" % typecode)
            self._items = list(initializer)
        else:
            self.extend(initializer)

    def _conv(self, v):
        t = self.typecode
        if t == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if t in "fd":
            if not isinstance(v, (int, float)):
                try:
                    return float(v)
                except (TypeError, ValueError):
                    raise TypeError("must be real number, not %s" % type(v).__name__) \
                        from None
            v = float(v)
            if t == "f":
                return _struct.unpack("<f", _struct.pack("<f", v))[0]
            return v
        return _check_int(t, v)

    def _wrap(self, items):
        a = array(self.typecode)
        a._items = items
        return a

    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([self._conv(v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self.extend(lst)

    def _format(self):
        return "@%d%s" % (len(self._items), self.typecode if self.typecode != "u" else "I")

    def tobytes(self):
        if self.typecode == "u":
            return _struct.pack("@%dI" % len(self._items), *map(ord, self._items))
        return _struct.pack(self._format(), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // self.itemsize
        t = "I" if self.typecode == "u" else self.typecode
        values = _struct.unpack("@%d%s" % (n, t), data)
        if self.typecode == "u":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        if self.typecode == "u" or self.itemsize == 1:
            return
        data = self.tobytes()
        size = self.itemsize
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._wrap(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            items = self._items
            start, stop, step = i.indices(len(items))
            if step == 1:
                self._items = items[:start] + list(v._items) + items[max(start, stop):]
            else:
                idx = list(range(start, stop, step))
                if len(idx) != len(v):
                    raise ValueError("attempt to assign array of size %d to extended "
                                     "slice of size %d" % (len(v), len(idx)))
                for k, val in zip(idx, v._items):
                    items[k] = val
            return
        try:
            self._items[i] = self._conv(v)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._wrap(self._items + other._items)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._wrap(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._wrap(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        if self.typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self.typecode, self._items)

    def __reduce__(self):
        return (array, (self.typecode, self._items))


ArrayType = array


# As CPython's array module does at import: arrays are mutable sequences, for
# isinstance() and for the match statement's sequence patterns.
from collections.abc import MutableSequence as _MutableSequence
_MutableSequence.register(array)
