"""zlib: the checksums only (crc32, adler32). Taskscope does not ship a deflate
implementation: compress(), decompress() and the (de)compressor objects raise
NotImplementedError saying so."""

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
    raise NotImplementedError("Taskscope's zlib has only crc32 and adler32: "
                              "compression is not available")


compress = decompress = compressobj = decompressobj = _missing
