"""zlib: the checksums (crc32, adler32) and one-shot compress()/decompress(), whose
deflate is _deflate.py (the same bytes as CPython's zlib 1.2.13). The stream objects
(compressobj, decompressobj) raise NotImplementedError saying so."""

from binascii import crc32

__all__ = ["crc32", "adler32", "compress", "decompress", "compressobj",
           "decompressobj", "error", "MAX_WBITS", "DEFLATED", "Z_DEFAULT_COMPRESSION",
           "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "ZLIB_VERSION"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def adler32(data, value=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    a = value & 0xffff
    b = (value >> 16) & 0xffff
    for i in range(0, len(data), 5552):
        for byte in bytes(data[i:i + 5552]):
            a += byte
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


def _missing(*args, **kwargs):
    raise NotImplementedError("Taskscope's zlib has crc32, adler32 and the one-shot "
                              "compress/decompress (15-bit windows): no stream objects")


compressobj = decompressobj = _missing


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """As CPython's (the same bytes: _deflate.py follows zlib 1.2.13)."""
    import _deflate
    data = bytes(data)
    if level == -1:
        level = 6
    if not 0 <= level <= 9:
        raise error("Bad compression level")
    if wbits not in (15, -15, 31):
        raise NotImplementedError("Taskscope's zlib.compress supports wbits 15, -15 and 31")
    raw = _deflate.compress(data, level)
    if wbits == -15:
        return raw
    if wbits == 31:
        xfl = 2 if level == 9 else (4 if level < 2 else 0)
        return (bytes((0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3)) + raw
                + crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little'))
    flags = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
    header = (0x78 << 8) | (flags << 6)
    header += 31 - header % 31
    return header.to_bytes(2, 'big') + raw + adler32(data).to_bytes(4, 'big')


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """As CPython's for zlib (wbits 8..15), raw (-8..-15), gzip (24..31) and
    automatic (40..47) streams."""
    import _deflate
    data = bytes(data)

    def fail(message, code=-3):
        raise error("Error %d while decompressing data: %s" % (code, message))
    pos = 0
    kind = 'zlib' if 8 <= wbits <= 15 else 'raw' if -15 <= wbits <= -8 else \
        'gzip' if 24 <= wbits <= 31 else 'auto' if 40 <= wbits <= 47 else None
    if kind is None:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    if kind == 'auto':
        kind = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
    if kind == 'zlib':
        if len(data) < 2:
            fail("incomplete or truncated stream", -5)
        if (data[0] << 8 | data[1]) % 31 or data[0] & 0x0f != 8:
            fail("incorrect header check" if (data[0] << 8 | data[1]) % 31
                 else "unknown compression method")
        if data[1] & 0x20:
            fail("need dictionary", 2)
        pos = 2
    elif kind == 'gzip':
        if len(data) < 10:
            fail("incomplete or truncated stream", -5)
        if data[:2] != b'\x1f\x8b':
            fail("incorrect header check")
        flags = data[3]
        pos = 10
        if flags & 4:
            pos += 2 + (data[pos] | data[pos + 1] << 8)
        for bit in (8, 16):
            if flags & bit:
                end = data.find(b'\x00', pos)
                if end < 0:
                    fail("incomplete or truncated stream", -5)
                pos = end + 1
        if flags & 2:
            pos += 2
    try:
        out, end = _deflate.decompress(data, pos)
    except _deflate.DeflateError as e:
        if str(e) == "incomplete or truncated stream":
            fail(str(e), -5)
        fail(str(e))
    if kind == 'zlib':
        if len(data) < end + 4:
            fail("incomplete or truncated stream", -5)
        if int.from_bytes(data[end:end + 4], 'big') != adler32(out):
            fail("incorrect data check")
    elif kind == 'gzip':
        if len(data) < end + 8:
            fail("incomplete or truncated stream", -5)
        if int.from_bytes(data[end:end + 4], 'little') != crc32(out):
            fail("incorrect data check")
        if int.from_bytes(data[end + 4:end + 8], 'little') != len(out) & 0xffffffff:
            fail("incorrect length check")
    return out
