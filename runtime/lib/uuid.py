"""UUID objects and uuid1/uuid3/uuid4/uuid5, as CPython's uuid module. Random bits come
from random's generator (os.urandom here), so under the virtual clock (random seeded
with 0) uuid4() gives the same ids on every run; uuid1's node is random too (there is
no network card to read)."""

import os

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE", "SafeUUID", "getnode"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

# The six RFC 4122 fields of the 128-bit number, most significant first, as
# (name, width in bits); a field's offset is the sum of the widths after it.
_LAYOUT = (("time_low", 32), ("time_mid", 16), ("time_hi_version", 16),
           ("clock_seq_hi_variant", 8), ("clock_seq_low", 8), ("node", 48))
_OFFSETS = {}
_below = 128
for _name, _width in _LAYOUT:
    _below -= _width
    _OFFSETS[_name] = (_below, _width)
del _below, _name, _width

# Bytes 0-3, 4-5 and 6-7 are stored little-endian in the bytes_le form; reversing
# those three groups converts either way.
_LE_GROUPS = ((0, 4), (4, 6), (6, 8))

_VERSION_SHIFT = 76
_VARIANT_SHIFT = 62


class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le_groups(raw):
    out = bytearray(raw)
    for start, stop in _LE_GROUPS:
        out[start:stop] = raw[start:stop][::-1]
    return bytes(out)


def _from_hex(text):
    for prefix in ("urn:", "uuid:"):
        text = text.replace(prefix, "")
    digits = text.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return int(digits, 16)


def _from_bytes(raw, what):
    if len(raw) != 16:
        raise ValueError(what + " is not a 16-char string")
    return int.from_bytes(raw, "big")


def _from_fields(values):
    if len(values) != 6:
        raise ValueError("fields is not a 6-tuple")
    number = 0
    for position, ((name, width), value) in enumerate(zip(_LAYOUT, values), 1):
        if value < 0 or value >= 1 << width:
            article = "an" if width == 8 else "a"
            raise ValueError("field %d out of range (need %s %d-bit value)"
                             % (position, article, width))
        number = (number << width) | value
    return number


def _stamp_version(number, version):
    """Sets the RFC 4122 variant bits (10) and the 4-bit version."""
    if version < 1 or version > 5:
        raise ValueError("illegal version number")
    number = (number & ~(0b11 << _VARIANT_SHIFT)) | (0b10 << _VARIANT_SHIFT)
    return (number & ~(0xf << _VERSION_SHIFT)) | (version << _VERSION_SHIFT)


def _field_property(name):
    offset, width = _OFFSETS[name]
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> offset) & mask)


def _ordering(compare):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return compare(self.int, other.int)
    return method


class UUID:
    """A 128-bit universally unique identifier (RFC 4122)."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [form for form in (hex, bytes, bytes_le, fields, int) if form is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            number = _from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            number = _from_bytes(_swap_le_groups(bytes_le), "bytes")
        elif bytes is not None:
            number = _from_bytes(bytes, "bytes")
        elif fields is not None:
            number = _from_fields(fields)
        else:
            number = int
            if number < 0 or number >> 128:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            number = _stamp_version(number, version)
        # The instance is immutable: only __init__ stores, past our own __setattr__.
        object.__setattr__(self, "int", number)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    __eq__ = _ordering(lambda a, b: a == b)
    __lt__ = _ordering(lambda a, b: a < b)
    __le__ = _ordering(lambda a, b: a <= b)
    __gt__ = _ordering(lambda a, b: a > b)
    __ge__ = _ordering(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        cuts = (0, 8, 12, 16, 20, 32)
        return "-".join(digits[a:b] for a, b in zip(cuts, cuts[1:]))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    time_low = _field_property("time_low")
    time_mid = _field_property("time_mid")
    time_hi_version = _field_property("time_hi_version")
    clock_seq_hi_variant = _field_property("clock_seq_hi_variant")
    clock_seq_low = _field_property("clock_seq_low")
    node = _field_property("node")

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _LAYOUT)

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _swap_le_groups(self.bytes)

    @property
    def hex(self):
        return format(self.int, "032x")

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def time(self):
        # 60 bits: time_hi (without the version), then time_mid, then time_low.
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # The variant is told by the leading bits of clock_seq_hi_variant:
        # 0xx NCS, 10x RFC 4122, 110 Microsoft, 111 future.
        top3 = (self.int >> 61) & 0b111
        if top3 < 0b100:
            return RESERVED_NCS
        if top3 < 0b110:
            return RFC_4122
        if top3 == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return (self.int >> _VERSION_SHIFT) & 0xf


_node = None


def getnode():
    """A random 48-bit node id with the multicast bit set (RFC 4122, 4.5)."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


# 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch.
_GREGORIAN_TO_UNIX = 0x01b21dd213814000
_previous_ticks = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node id."""
    global _previous_ticks
    import time
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    # Two calls within one tick still give different ids.
    if _previous_ticks is not None and ticks <= _previous_ticks:
        ticks = _previous_ticks + 1
    _previous_ticks = ticks
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    parts = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _hashed(algorithm, namespace, name, version):
    import hashlib
    # As in CPython 3.11 the name must be a str (bytes raise TypeError from bytes()).
    digest = getattr(hashlib, algorithm)(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _hashed("md5", namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _hashed("sha1", namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
