"""IPv4 and IPv6 addresses, networks and interfaces, as CPython 3.11's ipaddress module
has them: the same parsing rules and error messages, string forms (RFC 5952
compression for IPv6), arithmetic, ordering, iteration, subnets and supernets, the
is_private / is_global family, collapse_addresses and summarize_address_range.

Layout: text <-> integer conversions for each family (_parse_v4, _format_v6, ...);
the family mixins _V4 and _V6 (sizes, parsing, special ranges); the version-neutral
bases _Address, _Network and _Interface; the six public classes; the module functions.
Addresses are held as integers in `_ip`; special ranges as (first, last) integer pairs.
"""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask."""


# ---- text <-> integers ---------------------------------------------------------------------

def _v4_octet(field):
    if not field:
        raise ValueError("Empty octet not permitted")
    if not (field.isascii() and field.isdigit()):
        raise ValueError(f"Only decimal digits permitted in {field!r}")
    if len(field) > 3:
        raise ValueError(f"At most 3 characters permitted in {field!r}")
    if len(field) > 1 and field.startswith("0"):
        raise ValueError(f"Leading zeros are not permitted in {field!r}")
    value = int(field)
    if value > 255:
        raise ValueError(f"Octet {value} (> 255) not permitted")
    return value


def _parse_v4(text):
    """The integer of a dotted-quad IPv4 address."""
    if not text:
        raise AddressValueError("Address cannot be empty")
    fields = text.split(".")
    if len(fields) != 4:
        raise AddressValueError(f"Expected 4 octets in {text!r}")
    value = 0
    for field in fields:
        try:
            value = (value << 8) | _v4_octet(field)
        except ValueError as why:
            raise AddressValueError(f"{why} in {text!r}") from None
    return value


def _format_v4(value):
    return ".".join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


_HEX = frozenset("0123456789abcdefABCDEF")


def _hextet(field):
    if not _HEX.issuperset(field):
        raise ValueError(f"Only hex digits permitted in {field!r}")
    if len(field) > 4:
        raise ValueError(f"At most 4 characters permitted in {field!r}")
    return int(field, 16)


def _v6_layout(text, fields):
    """(the hextet fields before '::', how many zero hextets it stands for, the fields
    after it) for the colon-separated fields of an IPv6 address; no '::' gives
    (fields, 0, [])."""
    gaps = [index for index in range(1, len(fields) - 1) if fields[index] == ""]
    if len(gaps) > 1:
        raise AddressValueError(f"At most one '::' permitted in {text!r}")
    leading = f"Leading ':' only permitted as part of '::' in {text!r}"
    trailing = f"Trailing ':' only permitted as part of '::' in {text!r}"
    if not gaps:
        if len(fields) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
        if fields[0] == "":
            raise AddressValueError(leading)
        if fields[-1] == "":
            raise AddressValueError(trailing)
        return fields, 0, []
    before, after = fields[:gaps[0]], fields[gaps[0] + 1:]
    # A '::' at either end leaves one empty field on that side.
    if before[0] == "":
        if len(before) > 1:
            raise AddressValueError(leading)
        before = []
    if after[-1] == "":
        if len(after) > 1:
            raise AddressValueError(trailing)
        after = []
    zeros = 8 - len(before) - len(after)
    if zeros < 1:
        raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
    return before, zeros, after


def _parse_v6(text):
    """The integer of an IPv6 address (without a %scope)."""
    if not text:
        raise AddressValueError("Address cannot be empty")
    fields = text.split(":")
    if len(fields) < 3:
        raise AddressValueError(f"At least 3 parts expected in {text!r}")
    if "." in fields[-1]:
        # An embedded IPv4 address stands for the last two hextets.
        try:
            low = _parse_v4(fields[-1])
        except AddressValueError as why:
            raise AddressValueError(f"{why} in {text!r}") from None
        fields[-1:] = [f"{low >> 16:x}", f"{low & 0xFFFF:x}"]
    if len(fields) > 9:
        raise AddressValueError(f"At most 8 colons permitted in {text!r}")
    before, zeros, after = _v6_layout(text, fields)
    try:
        hextets = [_hextet(field) for field in before] + [0] * zeros
        hextets += [_hextet(field) for field in after]
    except ValueError as why:
        raise AddressValueError(f"{why} in {text!r}") from None
    value = 0
    for hextet in hextets:
        value = (value << 16) | hextet
    return value


def _hextets_of(value):
    return [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]


def _format_v6(value):
    """RFC 5952 text: lowercase, no leading zeros, the first longest run of two or more
    zero hextets written '::'."""
    hextets = _hextets_of(value)
    run_start, run_length = 0, 0
    index = 0
    while index < 8:
        end = index
        while end < 8 and hextets[end] == 0:
            end += 1
        if end - index > run_length:
            run_start, run_length = index, end - index
        index = end + 1
    words = [f"{hextet:x}" for hextet in hextets]
    if run_length < 2:
        return ":".join(words)
    head = ":".join(words[:run_start])
    tail = ":".join(words[run_start + run_length:])
    return f"{head}::{tail}"


def _explode_v6(text):
    # Parsed again from text, as CPython does (so a %scope makes it fail the same way).
    return ":".join(f"{hextet:04x}" for hextet in _hextets_of(_parse_v6(text)))


def _ranges(*cidrs):
    """(first, last) integer pairs for CIDR blocks written 'address/prefix'."""
    pairs = []
    for cidr in cidrs:
        text, prefix = cidr.split("/")
        if ":" in text:
            first, size = _parse_v6(text), 1 << (128 - int(prefix))
        else:
            first, size = _parse_v4(text), 1 << (32 - int(prefix))
        pairs.append((first, first + size - 1))
    return tuple(pairs)


def _inside(value, ranges):
    return any(first <= value <= last for first, last in ranges)


def _both_inside_one(low, high, ranges):
    return any(first <= low and high <= last for first, last in ranges)


def _trailing_zero_bits(value, width):
    return (value & -value).bit_length() - 1 if value else width


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


# ---- the two families ---------------------------------------------------------------------

class _Family:
    """Version-specific data and parsing, mixed into every class of that version."""
    __slots__ = ()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @classmethod
    def _bad_mask(cls, mask):
        return NetmaskValueError(f"{mask!r} is not a valid netmask")

    @classmethod
    def _prefix_from_digits(cls, mask):
        if not (mask.isascii() and mask.isdigit()) or int(mask) > cls._max_prefixlen:
            raise cls._bad_mask(mask)
        return int(mask)

    @classmethod
    def _prefix_from_text(cls, mask):
        return cls._prefix_from_digits(mask)

    @classmethod
    def _mask_and_prefix(cls, mask):
        """(netmask as an address, prefix length) for the part after '/': an int or
        digits; IPv4 also takes a netmask or hostmask in dotted form. Cached."""
        cached = cls._masks.get(mask)
        if cached is None:
            if isinstance(mask, int):
                if not 0 <= mask <= cls._max_prefixlen:
                    raise cls._bad_mask(mask)
                prefix = mask
            else:
                prefix = cls._prefix_from_text(mask)
            ones = cls._ALL_ONES ^ (cls._ALL_ONES >> prefix)
            cached = cls._masks[mask] = (cls._address_kind(ones), prefix)
        return cached

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address part, mask part) of a network or interface argument."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if isinstance(address, tuple):
            return address if len(address) > 1 else (address[0], cls._max_prefixlen)
        parts = str(address).split("/")
        if len(parts) > 2:
            raise AddressValueError(f"Only one '/' permitted in {address!r}")
        return parts[0], parts[1] if len(parts) == 2 else cls._max_prefixlen


class _V4(_Family):
    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _masks = {}
    _parse = staticmethod(_parse_v4)
    _format = staticmethod(_format_v4)

    _PRIVATE = _ranges("0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16",
                       "172.16.0.0/12", "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24",
                       "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
                       "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")
    _SHARED = _ranges("100.64.0.0/10")  # carrier-grade NAT: neither private nor global
    _RESERVED = _ranges("240.0.0.0/4")
    _MULTICAST = _ranges("224.0.0.0/4")
    _LOOPBACK = _ranges("127.0.0.0/8")
    _LINK_LOCAL = _ranges("169.254.0.0/16")

    @classmethod
    def _prefix_from_text(cls, mask):
        try:
            return cls._prefix_from_digits(mask)
        except NetmaskValueError:
            pass
        # A dotted netmask (ones then zeros) or hostmask (zeros then ones).
        try:
            bits = _parse_v4(mask)
        except AddressValueError:
            raise cls._bad_mask(mask) from None
        for candidate in (bits, bits ^ cls._ALL_ONES):
            zeros = _trailing_zero_bits(candidate, 32)
            if candidate >> zeros == (1 << (32 - zeros)) - 1:
                return 32 - zeros
        raise cls._bad_mask(mask)

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"


class _V6(_Family):
    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _masks = {}
    _parse = staticmethod(_parse_v6)
    _format = staticmethod(_format_v6)

    _PRIVATE = _ranges("::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23",
                       "2001:2::/48", "2001:db8::/32", "2001:10::/28", "fc00::/7",
                       "fe80::/10")
    _RESERVED = _ranges("::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4",
                        "4000::/3", "6000::/3", "8000::/3", "a000::/3", "c000::/3",
                        "e000::/4", "f000::/5", "f800::/6", "fe00::/9")
    _MULTICAST = _ranges("ff00::/8")
    _LINK_LOCAL = _ranges("fe80::/10")
    _SITE_LOCAL = _ranges("fec0::/10")

    @property
    def reverse_pointer(self):
        nibbles = self.exploded[::-1].replace(":", "")
        return ".".join(nibbles) + ".ip6.arpa"


# ---- addresses ----------------------------------------------------------------------------

@functools.total_ordering
class _Address:
    """What addresses of both versions share; the value is the integer self._ip."""
    __slots__ = ()

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(f"{address:d} (< 0) is not permitted as an "
                                        f"IPv{self._version} address")
            if address > self._ALL_ONES:
                raise AddressValueError(f"{address:d} (>= 2**{self._max_prefixlen:d}) is not "
                                        f"permitted as an IPv{self._version} address")
            self._ip = address
        elif isinstance(address, bytes):
            size = self._max_prefixlen // 8
            if len(address) != size:
                raise AddressValueError(f"{address!r} (len {len(address)} != {size}) is not "
                                        f"permitted as an IPv{self._version} address")
            self._ip = int.from_bytes(address, "big")
        else:
            text = str(address)
            if "/" in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._ip = self._from_text(text)

    def _from_text(self, text):
        return self._parse(text)

    def __int__(self):
        return self._ip

    def __str__(self):
        return self._format(self._ip)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __reduce__(self):
        return type(self), (self._ip,)

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) - other)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        return self._format_number(fmt)

    def _format_number(self, fmt):
        # [#][_](b|x|X|n): the integer in binary or hex, zero-padded to the full width.
        kind = fmt[-1]
        flags = fmt[:-1]
        prefix = "#" if flags.startswith("#") else ""
        grouping = flags[len(prefix):]
        if kind not in "bxXn" or grouping not in ("", "_"):
            raise TypeError(f"unsupported format string passed to "
                            f"{type(self).__name__}.__format__")
        if kind == "n":
            kind = "b" if self._version == 4 else "x"
        width = self._max_prefixlen if kind == "b" else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if prefix:
            width += 2
        return format(self._ip, f"{prefix}0{width}{grouping}{kind}")

    @property
    def compressed(self):
        return str(self)

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, "big")

    def _get_address_key(self):
        return (self._version, self)

    @property
    def is_multicast(self):
        return _inside(self._ip, self._MULTICAST)

    @property
    def is_reserved(self):
        return _inside(self._ip, self._RESERVED)

    @property
    def is_link_local(self):
        return _inside(self._ip, self._LINK_LOCAL)


class IPv4Address(_V4, _Address):
    """An IPv4 address: IPv4Address('192.0.2.1'), from an int or 4 packed bytes too."""
    __slots__ = ("_ip", "__weakref__")

    @property
    def is_private(self):
        return _inside(self._ip, self._PRIVATE)

    @property
    def is_global(self):
        return not _inside(self._ip, self._SHARED) and not self.is_private

    @property
    def is_loopback(self):
        return _inside(self._ip, self._LOOPBACK)

    @property
    def is_unspecified(self):
        # An equality test, as in CPython: an interface never equals a bare address.
        return self == IPv4Address(0)


class IPv6Address(_V6, _Address):
    """An IPv6 address: IPv6Address('2001:db8::1'), optionally with a %scope id."""
    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        self._scope_id = None
        super().__init__(address)

    def _from_text(self, text):
        address, percent, scope = text.partition("%")
        if percent:
            if not scope or "%" in scope:
                raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
            self._scope_id = scope
        return _parse_v6(address)

    def __str__(self):
        text = super().__str__()
        return f"{text}%{self._scope_id}" if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented or not equal:
            return equal
        return self._scope_id == getattr(other, "_scope_id", None)

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def exploded(self):
        return _explode_v6(str(self))

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def is_site_local(self):
        return _inside(self._ip, self._SITE_LOCAL)

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _inside(self._ip, self._PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address in ::ffff:a.b.c.d, else None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a 2001::/32 Teredo address, else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address in a 2002::/16 6to4 address, else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


# ---- networks -----------------------------------------------------------------------------

def _network_flag(name):
    """A network property true when the address property `name` holds for both the
    network's first and last addresses."""
    def both_ends(network):
        return (getattr(network.network_address, name)
                and getattr(network.broadcast_address, name))
    return property(both_ends)


@functools.total_ordering
class _Network:
    """What networks of both versions share: a network_address, a netmask and the
    prefix length _prefixlen."""

    def __init__(self, address, strict=True):
        raw, mask = self._split_addr_prefix(address)
        kind = self._address_kind
        self.network_address = kind(raw)
        self.netmask, self._prefixlen = self._mask_and_prefix(mask)
        start = self.network_address._ip
        masked = start & self.netmask._ip
        if masked != start:
            if strict:
                raise ValueError(f"{self} has host bits set")
            self.network_address = kind(masked)
        # A /31 (/127) network's hosts are all its addresses; a /32 (/128) network's
        # host is the address it was made from.
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [kind(raw)]

    def _span(self):
        """(first, last) address as integers."""
        first = self.network_address._ip
        return first, first | (self._ALL_ONES >> self._prefixlen)

    def __str__(self):
        return f"{self.network_address}/{self._prefixlen:d}"

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __reduce__(self):
        return type(self), (str(self),)

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _Network):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def __iter__(self):
        first, last = self._span()
        return (self._address_kind(value) for value in range(first, last + 1))

    def hosts(self):
        """The addresses usable by hosts (IPv4 leaves out the network and broadcast
        addresses; IPv6 the Subnet-Router anycast one)."""
        first, last = self._span()
        return (self._address_kind(value) for value in range(first + 1, last + self._LAST_HOST))

    def __getitem__(self, n):
        first, last = self._span()
        value = first + n if n >= 0 else last + n + 1
        if not first <= value <= last:
            raise IndexError("address out of range")
        return self._address_kind(value)

    @property
    def broadcast_address(self):
        return self._address_kind(self._span()[1])

    @property
    def hostmask(self):
        return self._address_kind(self._ALL_ONES >> self._prefixlen)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    @property
    def with_prefixlen(self):
        return f"{self.network_address}/{self._prefixlen:d}"

    @property
    def with_netmask(self):
        return f"{self.network_address}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self.network_address}/{self.hostmask}"

    @property
    def compressed(self):
        return str(self)

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other."""
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same type")
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return -1 if mine < theirs else 1 if mine > theirs else 0

    def subnet_of(self, other):
        return _contains(other, self)

    def supernet_of(self, other):
        return _contains(self, other)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets covering this network, prefixlen_diff (or up to new_prefix)
        bits longer."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        longer = self._prefixlen + prefixlen_diff
        if longer > self._max_prefixlen:
            raise ValueError(f"prefix length diff {longer:d} is invalid for netblock {self}")
        first, last = self._span()
        for start in range(first, last + 1, 1 << (self._max_prefixlen - longer)):
            yield type(self)((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff (or down to new_prefix) bits shorter holding
        this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        shorter = self._prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError(f"current prefixlen is {self._prefixlen:d}, cannot have a "
                             f"prefixlen_diff of {prefixlen_diff:d}")
        keep = self._ALL_ONES ^ (self._ALL_ONES >> shorter)
        return type(self)((self.network_address._ip & keep, shorter))

    def address_exclude(self, other):
        """The networks covering self without the subnet other, from the halving
        of self around other."""
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _Network):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f"{other} not contained in {self}")
        if other == self:
            return
        target = (other.network_address._ip, other._prefixlen)
        current = self
        while True:
            lower, upper = current.subnets()
            if _contains(lower, other):
                kept, left = lower, upper
            else:
                kept, left = upper, lower
            yield left
            if (kept.network_address._ip, kept._prefixlen) == target:
                return
            current = kept

    is_multicast = _network_flag("is_multicast")
    is_reserved = _network_flag("is_reserved")
    is_link_local = _network_flag("is_link_local")
    is_loopback = _network_flag("is_loopback")
    is_unspecified = _network_flag("is_unspecified")

    @property
    def is_private(self):
        return _both_inside_one(*self._span(), self._PRIVATE)

    @property
    def is_global(self):
        return not self.is_private


def _contains(outer, inner):
    """Whether network inner lies within network outer (subnet_of / supernet_of)."""
    try:
        if outer._version != inner._version:
            raise TypeError(f"{inner} and {outer} are not of the same version")
        return (outer.network_address <= inner.network_address
                and outer.broadcast_address >= inner.broadcast_address)
    except AttributeError:
        raise TypeError(f"Unable to test subnet containment between {inner} and {outer}")


class IPv4Network(_V4, _Network):
    """An IPv4 network: IPv4Network('192.0.2.0/24'); strict=False masks host bits."""
    _address_kind = IPv4Address
    _LAST_HOST = 0  # hosts() stops before the broadcast address

    @property
    def is_global(self):
        first, last = self._span()
        return not _both_inside_one(first, last, self._SHARED) and not self.is_private


class IPv6Network(_V6, _Network):
    """An IPv6 network: IPv6Network('2001:db8::/32')."""
    _address_kind = IPv6Address
    _LAST_HOST = 1  # hosts() runs to the last address

    @property
    def exploded(self):
        return f"{_explode_v6(str(self.network_address))}/{self._prefixlen:d}"

    is_site_local = _network_flag("is_site_local")


IPv4Address._address_kind = IPv4Address
IPv6Address._address_kind = IPv6Address


# ---- interfaces ---------------------------------------------------------------------------

class _Interface:
    """An address with the network it sits in. It comes first in the bases of
    IPv4Interface and IPv6Interface, ahead of their address class, which its super()
    calls reach."""
    __slots__ = ()

    def __init__(self, address):
        raw, mask = self._split_addr_prefix(address)
        super().__init__(raw)
        self.network = self._network_kind((raw, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        """The bare address (an IPv6 one without its scope id)."""
        return self._address_kind(self._ip)

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f"{super().__str__()}/{self._prefixlen:d}"

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return type(self), (str(self),)

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented or not equal:
            return equal
        # Unequal to a bare address: that is why the hash includes the network.
        other_network = getattr(other, "network", None)
        return other_network is not None and self.network == other_network

    def __lt__(self, other):
        less = super().__lt__(other)
        if less is NotImplemented:
            return NotImplemented
        other_network = getattr(other, "network", None)
        if other_network is None:
            # A bare address sorts before every interface.
            return False
        return self.network < other_network or (self.network == other_network and less)

    def _with(self, suffix):
        return f"{self._format(self._ip)}/{suffix}"

    @property
    def with_prefixlen(self):
        return self._with(self._prefixlen)

    @property
    def with_netmask(self):
        return self._with(self.netmask)

    @property
    def with_hostmask(self):
        return self._with(self.hostmask)


class IPv4Interface(_Interface, IPv4Address):
    """An IPv4 address with its network: IPv4Interface('192.0.2.5/24')."""
    _network_kind = IPv4Network


class IPv6Interface(_Interface, IPv6Address):
    """An IPv6 address with its network: IPv6Interface('2001:db8::5/64')."""
    _network_kind = IPv6Network

    @property
    def exploded(self):
        return f"{_explode_v6(str(self.ip))}/{self._prefixlen:d}"

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


# ---- module functions -----------------------------------------------------------------------

def _first_kind_accepting(value, kinds, noun, *options):
    for kind in kinds:
        try:
            return kind(value, *options)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f"{value!r} does not appear to be an IPv4 or IPv6 {noun}")


def ip_address(address):
    """An IPv4Address or IPv6Address from a str, an int or packed bytes."""
    return _first_kind_accepting(address, (IPv4Address, IPv6Address), "address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network ('192.0.2.0/24', an int, bytes, a tuple)."""
    return _first_kind_accepting(address, (IPv4Network, IPv6Network), "network", strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface ('192.0.2.5/24', ...)."""
    return _first_kind_accepting(address, (IPv4Interface, IPv6Interface), "interface")


def summarize_address_range(first, last):
    """The fewest networks that together hold the addresses first to last."""
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError("last IP address must be greater than first")
    kind = IPv4Network if first.version == 4 else IPv6Network
    width = first._max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        # The largest block aligned at `low` that does not run past `high`.
        size_bits = min(_trailing_zero_bits(low, width), (high - low + 1).bit_length() - 1)
        yield kind((low, width - size_bits))
        low += 1 << size_bits


def _consecutive_runs(addresses):
    """(first, last) of each run of consecutive addresses in a sorted list."""
    runs = []
    for address in addresses:
        if runs and address._ip == runs[-1][1]._ip + 1:
            runs[-1][1] = address
        else:
            runs.append([address, address])
    return runs


def _merged(networks):
    """The networks with the contained ones dropped and sibling halves joined into
    their supernet, repeatedly."""
    kept = []
    for network in sorted(networks):
        if kept and kept[-1].broadcast_address >= network.broadcast_address:
            continue
        kept.append(network)
        while len(kept) > 1:
            lower, upper = kept[-2], kept[-1]
            size = lower.num_addresses
            if (lower._prefixlen != upper._prefixlen or lower._prefixlen == 0
                    or lower.network_address._ip % (2 * size)
                    or upper.network_address._ip != lower.network_address._ip + size):
                break
            kept[-2:] = [lower.supernet()]
    return iter(kept)


def collapse_addresses(addresses):
    """An iterator over the fewest networks holding the given addresses and
    networks (all of one version)."""
    singles = []
    networks = []
    for item in addresses:
        if isinstance(item, _Address) or item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError(f"{item} and {singles[-1]} are not of the same version")
            if isinstance(item, _Address):
                singles.append(item)
            else:
                singles.append(getattr(item, "ip", item.network_address))
        else:
            if networks and networks[-1]._version != item._version:
                raise TypeError(f"{item} and {networks[-1]} are not of the same version")
            networks.append(item)
    blocks = []
    for first, last in _consecutive_runs(sorted(set(singles))):
        blocks.extend(summarize_address_range(first, last))
    return _merged(blocks + networks)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _Network):
        return obj._get_networks_key()
    if isinstance(obj, _Address):
        return obj._get_address_key()
    return NotImplemented
