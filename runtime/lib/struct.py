"""struct: pack and unpack C structs (pack, unpack, calcsize, pack_into, unpack_from,
iter_unpack, Struct), in Python. Byte orders @ (native: little-endian, 64-bit sizes
and alignment of Linux on x86-64), =, <, >, !; codes x c b B ? h H i I l L q Q n N e f
d s p P."""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


_STD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
              "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_NATIVE_SIZES = dict(_STD_SIZES, l=8, L=8, n=8, N=8, P=8)
_SMALL_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _parse(fmt):
    """(byte order '<' or '>', native alignment?, [(code, count)], size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order, native = "<", True
    i = 0
    if fmt[:1] in ("@", "=", "<", ">", "!"):
        first = fmt[0]
        native = first == "@"
        order = ">" if first in (">", "!") else "<"
        i = 1
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        if c not in sizes:
            raise error("bad char in struct format")
        i += 1
        if count is None:
            count = 1
        item_size = sizes[c]
        if native and c not in "xcbB?sp" and size % item_size:
            size += item_size - size % item_size
            items.append(("pad", size))
        items.append((c, count))
        size += item_size * count
    return order, native, items, size


def calcsize(fmt):
    return _parse(fmt)[3]


def _int_bytes(code, value, size, order, native):
    if code == "?":
        return b"\x01" if value else b"\x00"
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        value = index(value)
    signed = code in "bhilqn"
    # CPython's big-endian packers name only b and B in their messages and treat H
    # like the wider unsigned codes.
    small = "bB" if order == ">" else "bBhH"
    if order == ">" and code in "qQ":
        pass  # the 8-byte big-endian packer has its own message, below
    elif signed or code in small:
        if not -(1 << 63) <= value < (1 << 63):
            raise error("argument out of range")
    elif not 0 <= value < (1 << 64):
        raise error("argument out of range")
    lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed \
        else (0, (1 << (8 * size)) - 1)
    if not lo <= value <= hi and order == ">" and size == 8:
        raise error("int too large to convert")
    if not lo <= value <= hi:
        name = _SMALL_NAMES.get(code) if code in small else None
        if name:
            raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return value.to_bytes(size, "little" if order == "<" else "big", signed=signed)


def _float_bits(x, ebits, mbits):
    """The IEEE 754 bits of x in a format with ebits exponent bits and mbits fraction
    bits, rounded to nearest even; OverflowError when it is too large."""
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if math.isnan(x):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    n, d = x.as_integer_ratio()
    # x = n / d; find e with 2^e <= x < 2^(e+1).
    e = n.bit_length() - d.bit_length()
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1
    if e < 1 - bias:
        e = 1 - bias  # subnormal: fixed exponent, no implicit bit
        shift = mbits - e
        implicit = False
    else:
        shift = mbits - e
        implicit = True
    # m = round(x * 2^shift) to nearest even.
    num = n << shift if shift >= 0 else n
    den = d if shift >= 0 else d << -shift
    m, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and m & 1):
        m += 1
    if implicit:
        if m >= 1 << (mbits + 1):
            m >>= 1
            e += 1
        if e > bias:
            raise OverflowError("float too large to pack with %s format"
                                % {5: "e", 8: "f", 11: "d"}[ebits])
        return (sign << (ebits + mbits)) | ((e + bias) << mbits) | (m - (1 << mbits))
    if m >= 1 << mbits:  # rounded up into the normal range
        return (sign << (ebits + mbits)) | (1 << mbits) | (m - (1 << mbits))
    return (sign << (ebits + mbits)) | m


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    e = (bits >> mbits) & ((1 << ebits) - 1)
    m = bits & ((1 << mbits) - 1)
    if e == (1 << ebits) - 1:
        return sign * (math.nan if m else math.inf)
    if e == 0:
        return sign * math.ldexp(m, 1 - bias - mbits)
    return sign * math.ldexp(m + (1 << mbits), e - bias - mbits)


_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _pack_items(order, native, items, size, args):
    out = bytearray()
    expected = sum(count if c not in "sp" else 1 for c, count in items
                   if c not in ("x", "pad"))
    if len(args) != expected:
        raise error("pack expected %d items for packing (got %d)" % (expected, len(args)))
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    byteorder = "little" if order == "<" else "big"
    k = 0
    for c, count in items:
        if c == "pad":
            out += b"\x00" * (count - len(out))
            continue
        if c == "x":
            out += b"\x00" * count
            continue
        if c in "sp":
            v = args[k]
            k += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % c)
            if c == "s":
                out += bytes(v[:count]) + b"\x00" * (count - len(v))
            else:
                n = min(len(v), count - 1, 255) if count else 0
                if count:
                    out += bytes([n]) + bytes(v[:n]) + b"\x00" * (count - 1 - n)
            continue
        for _ in range(count):
            v = args[k]
            k += 1
            if c == "c":
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out += bytes(v)
            elif c in _FLOAT_LAYOUT:
                if not isinstance(v, (int, float)):
                    try:
                        v = float(v)
                    except (TypeError, ValueError):
                        raise error("required argument is not a float") from None
                ebits, mbits = _FLOAT_LAYOUT[c]
                out += _float_bits(float(v), ebits, mbits).to_bytes(sizes[c], byteorder)
            else:
                out += _int_bytes(c, v, sizes[c], order, native)
    return bytes(out)


def _unpack_items(order, native, items, size, buffer, offset=0):
    data = bytes(buffer)
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    byteorder = "little" if order == "<" else "big"
    result = []
    pos = offset
    for c, count in items:
        if c == "pad":
            pos = offset + count
            continue
        if c == "x":
            pos += count
            continue
        if c == "s":
            result.append(data[pos:pos + count])
            pos += count
            continue
        if c == "p":
            if count:
                n = min(data[pos], count - 1)
                result.append(data[pos + 1:pos + 1 + n])
            else:
                result.append(b"")
            pos += count
            continue
        sz = sizes[c]
        for _ in range(count):
            chunk = data[pos:pos + sz]
            pos += sz
            if c == "c":
                result.append(chunk)
            elif c == "?":
                result.append(chunk != b"\x00")
            elif c in _FLOAT_LAYOUT:
                ebits, mbits = _FLOAT_LAYOUT[c]
                result.append(_bits_float(int.from_bytes(chunk, byteorder), ebits, mbits))
            else:
                result.append(int.from_bytes(chunk, byteorder, signed=c in "bhilqn"))
    return tuple(result)


class Struct:
    """A compiled format: pack/unpack without parsing the format each time."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format

    def pack(self, *args):
        return _pack_items(self._order, self._native, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (offset + len(data), len(data), offset, len(buffer)))
        for i, b in enumerate(data):
            buffer[offset + i] = b

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._order, self._native, self._items, self.size, buffer)

    def unpack_from(self, buffer, offset=0):
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        return _unpack_items(self._order, self._native, self._items, self.size, buffer,
                             offset)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        for i in range(0, len(buffer), self.size):
            yield _unpack_items(self._order, self._native, self._items, self.size,
                                buffer, i)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def pack(fmt, *args):
    return _compiled(fmt).pack(*args)


def pack_into(fmt, buffer, offset, *args):
    return _compiled(fmt).pack_into(buffer, offset, *args)


def unpack(fmt, buffer):
    return _compiled(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _compiled(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _compiled(fmt).iter_unpack(buffer)
