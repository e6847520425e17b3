"""Base16, Base32 (standard and extended-hex) and Base64 (standard and URL-safe)
encodings, as CPython 3.11's base64 module. Base85 and Ascii85 are left out, and
encode()/decode() (which work on files) are not available.

Base64 itself is binascii's; this module adds the alphabets, the input checks and
Base32, which binascii does not have."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode",
           "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76                         # characters per line of encodebytes()
MAXBINSIZE = (MAXLINESIZE // 4) * 3      # the input bytes one such line holds


def _decoder_input(data):
    """Decoders take bytes-like objects and ASCII-only strings; returns bytes."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            # Raised while handling the codec error, so chained to it as CPython's.
            raise ValueError("string argument should contain only ASCII characters")
    if not isinstance(data, bytes_types):
        raise TypeError("argument should be a bytes-like object or ASCII string, "
                        "not %r" % type(data).__name__)
    return bytes(data)


def _two_alternatives(altchars):
    chars = _decoder_input(altchars)
    assert len(chars) == 2, repr(chars)
    return chars


# -- Base64 ---------------------------------------------------------------------------

_URLSAFE_TO_STANDARD = bytes.maketrans(b"-_", b"+/")
_STANDARD_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")


def b64encode(s, altchars=None):
    """Base64 of the bytes-like s, with altchars (2 bytes) in place of "+/" if given."""
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    assert len(altchars) == 2, repr(altchars)
    return text.translate(bytes.maketrans(b"+/", altchars))


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64; characters outside the alphabet are skipped unless validate."""
    text = _decoder_input(s)
    if altchars is not None:
        text = text.translate(bytes.maketrans(_two_alternatives(altchars), b"+/"))
    return binascii.a2b_base64(text, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decodes Base64 in the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with "-" and "_" in place of "+" and "/"."""
    return b64encode(s).translate(_STANDARD_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decodes URL-safe Base64 (standard "+/" are accepted too)."""
    return b64decode(_decoder_input(s).translate(_URLSAFE_TO_STANDARD))


def _check_byte_buffer(s):
    """encodebytes/decodebytes accept only flat buffers of single bytes."""
    if not isinstance(s, bytes_types):
        try:
            view = memoryview(s)
        except (TypeError, NameError) as err:
            raise TypeError("expected bytes-like object, not %s"
                            % type(s).__name__) from err
        if view.format not in ("c", "b", "B"):
            raise TypeError("expected single byte elements, not %r from %s"
                            % (view.format, type(s).__name__))
        if view.ndim != 1:
            raise TypeError("expected 1-D data, not %d-D data from %s"
                            % (view.ndim, type(s).__name__))


def encodebytes(s):
    """Base64 in lines of at most MAXLINESIZE characters, each ending in a newline."""
    _check_byte_buffer(s)
    return b"".join(binascii.b2a_base64(s[start:start + MAXBINSIZE])
                    for start in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decodes what encodebytes() made (any Base64, lines or not)."""
    _check_byte_buffer(s)
    return binascii.a2b_base64(s)


# -- Base32 ---------------------------------------------------------------------------
# Five bytes (40 bits) become eight characters of 5 bits. A final partial group is
# zero-filled, and the characters that carry no input bits are replaced by "=".

_BASE32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_BASE32_HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_DIGIT_VALUES = {alphabet: {char: value for value, char in enumerate(alphabet)}
                 for alphabet in (_BASE32, _BASE32_HEX)}
# How many trailing "=" a valid text may have, mapped to the bytes they stand for
# in the last decoded group of five.
_PAD_TO_MISSING_BYTES = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}


def _to_base32(alphabet, s):
    data = s if isinstance(s, bytes_types) else memoryview(s).tobytes()
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        bits = int.from_bytes(group + bytes(5 - len(group)), "big")
        # Characters that carry at least one input bit.
        used = (8 * len(group) + 4) // 5
        for index in range(used):
            out.append(alphabet[(bits >> (35 - 5 * index)) & 31])
        out += b"=" * (8 - used)
    return bytes(out)


def _from_base32(alphabet, s, casefold, map01):
    text = _decoder_input(s)
    if len(text) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        one = _decoder_input(map01)
        assert len(one) == 1, repr(one)
        text = text.translate(bytes.maketrans(b"01", b"O" + one))
    if casefold:
        text = text.upper()
    digits = text.rstrip(b"=")
    padding = len(text) - len(digits)
    values = _DIGIT_VALUES[alphabet]
    for char in digits:
        if char not in values:
            raise binascii.Error("Non-base32 digit found")
    if padding not in _PAD_TO_MISSING_BYTES:
        raise binascii.Error("Incorrect padding")
    out = bytearray()
    for start in range(0, len(digits), 8):
        group = digits[start:start + 8]
        bits = 0
        for char in group:
            bits = (bits << 5) | values[char]
        # A short last group stands for zero bits where its "=" are.
        bits <<= 5 * (8 - len(group))
        out += bits.to_bytes(5, "big")
    return bytes(out)[:len(out) - _PAD_TO_MISSING_BYTES[padding]]


def b32encode(s):
    """Base32 of the bytes-like s (RFC 4648 alphabet)."""
    return _to_base32(_BASE32, s)


def b32decode(s, casefold=False, map01=None):
    """Decodes Base32; casefold accepts lower case, map01 reads 0 as O and 1 as it."""
    return _from_base32(_BASE32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the "extended hex" alphabet (RFC 4648 section 7)."""
    return _to_base32(_BASE32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decodes extended-hex Base32."""
    return _from_base32(_BASE32_HEX, s, casefold, None)


# -- Base16 ---------------------------------------------------------------------------

_HEX_DIGITS = frozenset(b"0123456789ABCDEF")


def b16encode(s):
    """Upper-case hexadecimal of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decodes upper-case hexadecimal (lower case too if casefold)."""
    text = _decoder_input(s)
    if casefold:
        text = text.upper()
    if not _HEX_DIGITS.issuperset(text):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(text)


def encode(input, output):
    raise OSError("Taskscope has no files: use encodebytes")


decode = encode
