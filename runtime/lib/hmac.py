"""HMAC (RFC 2104) over hashlib's hashes: new(), digest(), compare_digest()."""

import builtins
import hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]

digest_size = None

_OUTER_PAD = 0x5C
_INNER_PAD = 0x36


def compare_digest(a, b):
    """a == b for str or bytes, looking at every byte (no early exit)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    else:
        a_ok, b_ok = _is_bytes_like(a), _is_bytes_like(b)
        if not (a_ok or b_ok):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if not (a_ok and b_ok):
            odd = b if a_ok else a
            raise TypeError(f"a bytes-like object is required, not '{type(odd).__name__}'")
        a, b = bytes(a), bytes(b)
    # Compare a with itself when lengths differ, so the time depends on a only.
    other = b if len(a) == len(b) else a
    difference = len(a) ^ len(b)
    for left, right in zip(a, other):
        difference |= left ^ right
    return not difference


# The buffer types compare_digest accepts; the engine may have no memoryview.
_BYTES_LIKE = tuple(kind for kind in (bytes, bytearray, getattr(builtins, "memoryview", None))
                    if kind is not None)


def _is_bytes_like(value):
    return isinstance(value, _BYTES_LIKE)


def _hash_constructor(digestmod):
    """A function data -> fresh hash object, for any form digestmod may take."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


def _xored(key, pad):
    return bytes(byte ^ pad for byte in key)


class HMAC:
    """A keyed hash: update() then digest()/hexdigest()."""

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        construct = _hash_constructor(digestmod)
        # The inner hash takes the message; the outer one, keyed now, takes the inner
        # digest at the end.
        self._inner = construct()
        self._outer = construct()
        self.block_size = self._inner.block_size
        self.digest_size = self._inner.digest_size
        if len(key) > self.block_size:
            key = construct(key).digest()
        block_key = bytes(key) + bytes(self.block_size - len(key))
        self._inner.update(_xored(block_key, _INNER_PAD))
        self._outer.update(_xored(block_key, _OUTER_PAD))
        if msg is not None:
            self._inner.update(msg)

    @property
    def name(self):
        return f"hmac-{self._inner.name}"

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def digest(self):
        finishing = self._outer.copy()
        finishing.update(self._inner.digest())
        return finishing.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call; `digest` names the hash."""
    one_shot = HMAC(key, msg, digest)
    return one_shot.digest()
