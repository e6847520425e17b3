"""zlib: the checksums (crc32, adler32), one-shot compress()/decompress() and the stream
objects compressobj()/decompressobj(). The deflate is _deflate.py and the streaming
inflate _inflate.py, both following zlib 1.2.13 (CPython's) step by step so that
every call returns the same bytes as CPython's."""

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
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
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


def _bytes_like(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _rank(flush):
    """zlib's order of flush modes (a flush no stronger than the last one, with no
    new input, does nothing)."""
    return flush * 2 - (9 if flush > 4 else 0)


class Compress:
    """A compression stream (compressobj())."""

    def __init__(self, level, method, wbits, memLevel, strategy, zdict):
        import _deflate
        if (not -1 <= level <= 9 or method != DEFLATED or not 1 <= memLevel <= 9
                or not 0 <= strategy <= 4
                or not (8 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31)):
            raise ValueError("Invalid initialization option")
        self._wrap = "raw" if wbits < 0 else "gzip" if wbits > 15 else "zlib"
        bits = abs(wbits) & 15
        self._level = 6 if level == -1 else level
        self._strategy = strategy
        self._deflater = _deflate._Deflater(self._level, bits, memLevel, strategy)
        self._header_bits = max(bits, 9)
        self._check = crc32(b"") if self._wrap == "gzip" else 1
        self._total_in = 0
        self._status = "init"       # then "busy", "finishing", "ended"
        self._last_flush = -2
        self._message = None        # zlib's last error message on this stream
        self._dictid = None
        if zdict is not None:
            zdict = bytes(zdict)
            if self._wrap == "gzip":
                raise ValueError("Invalid dictionary")
            if self._wrap == "zlib":
                self._dictid = adler32(zdict)
            self._deflater.set_dictionary(zdict, self._wrap == "raw")

    def _header(self):
        if self._wrap == "zlib":
            level, strategy = self._level, self._strategy
            flags = (0 if strategy >= Z_HUFFMAN_ONLY or level < 2 else 1 if level < 6
                     else 2 if level == 6 else 3)
            header = ((8 + ((self._header_bits - 8) << 4)) << 8) | (flags << 6)
            if self._dictid is not None:
                header |= 0x20
            header += 31 - header % 31
            out = header.to_bytes(2, "big")
            if self._dictid is not None:
                out += self._dictid.to_bytes(4, "big")
            return out
        if self._wrap == "gzip":
            level, strategy = self._level, self._strategy
            xfl = 2 if level == 9 else 4 if strategy >= Z_HUFFMAN_ONLY or level < 2 else 0
            return bytes((0x1F, 0x8B, 8, 0, 0, 0, 0, 0, xfl, 3))
        return b""

    def _deflate(self, data, flush, action):
        """One call of zlib's deflate() with all of data; returns its output."""
        import _deflate
        if self._status == "ended":
            raise error("Error -2 while %s: %s" % (action, self._message or "inconsistent stream state"))
        old, self._last_flush = self._last_flush, flush
        if not data and _rank(flush) <= _rank(old) and flush != Z_FINISH:
            self._message = "buffer error"    # Z_BUF_ERROR, which CPython passes over
            return b""
        out = b""
        if self._status == "init":
            out = self._header()
            self._status = "busy"
        if data:
            self._total_in += len(data)
            self._check = (crc32(data, self._check) if self._wrap == "gzip"
                           else adler32(data, self._check))
        d = self._deflater
        state = None
        if self._level == 0:
            # Stored blocks are cut to the room in CPython's output buffer, which
            # starts at 32 KiB and grows by its block sizes while deflate fills it.
            sizes = iter(_deflate.OUTPUT_BLOCKS)
            d.avail_out = next(sizes) - len(out)
        while True:
            if data or d.lookahead or (flush != Z_NO_FLUSH and self._status != "finishing"):
                state = d.deflate(data, flush)
                data = d.data
                if state in (_deflate.FINISH_STARTED, _deflate.FINISH_DONE):
                    self._status = "finishing"
            if d.avail_out != 0:
                break
            d.avail_out = next(sizes, _deflate.OUTPUT_BLOCKS[-1])
        out += bytes(d.out)
        d.out.clear()
        if flush == Z_FINISH and state not in (_deflate.NEED_MORE, _deflate.FINISH_STARTED):
            if self._wrap == "zlib":
                out += self._check.to_bytes(4, "big")
            elif self._wrap == "gzip":
                out += (self._check.to_bytes(4, "little")
                        + (self._total_in & 0xFFFFFFFF).to_bytes(4, "little"))
            self._status = "ended"
        return out

    def compress(self, data, /):
        """Compresses data; returns what is ready of the compressed stream (perhaps
        nothing: the rest comes with later calls and flush())."""
        return self._deflate(_bytes_like(data), Z_NO_FLUSH, "compressing data")

    def flush(self, mode=Z_FINISH, /):
        """Returns the pending output: Z_FINISH ends the stream, Z_SYNC_FLUSH and
        Z_FULL_FLUSH end the block so that what was given so far can be decoded."""
        if mode == Z_NO_FLUSH:
            return b""
        return self._deflate(b"", mode, "flushing")

    def copy(self):
        """A copy of the stream in its current state."""
        if self._status == "ended":
            raise ValueError("Inconsistent stream state")
        twin = object.__new__(Compress)
        twin.__dict__.update(self.__dict__)
        twin._deflater = self._deflater.copy()
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    """A decompression stream (decompressobj())."""

    def __init__(self, wbits, zdict):
        import _inflate
        # zlib's rule: -8..-15 raw; else a window of wbits & 15 (0: the header's) and
        # +16 gzip only, +32 zlib or gzip.
        if not (-15 <= wbits <= -8 or 0 <= wbits < 48 and (wbits & 15 == 0 or wbits & 15 >= 8)):
            raise ValueError("Invalid initialization option")
        self._inflater = _inflate.Inflater(wbits)
        self._zdict = zdict
        self._unused_data = b""
        self._unconsumed_tail = b""
        self._eof = False
        self._ended = False
        if zdict is not None and wbits < 0:
            self._inflater.set_dictionary(bytes(zdict))

    unused_data = property(lambda self: self._unused_data,
                           doc="Data found after the end of the compressed stream.")
    unconsumed_tail = property(lambda self: self._unconsumed_tail,
                               doc="Input left over when max_length stopped the output.")
    eof = property(lambda self: self._eof,
                   doc="Whether the end of the compressed stream was reached.")

    def _inflate(self, data, limit, quiet=False):
        """Decompresses data (at most `limit` bytes of output); keeps what is left of
        the input as CPython does; returns (output, zlib's status). Invalid data
        raises error, or with `quiet` (flush()) ends the output there."""
        import _inflate
        if self._ended:
            raise error("Error -2 while decompressing data: inconsistent stream state")
        out = b""
        used = 0
        try:
            while True:
                part, n, status = self._inflater.inflate(data[used:], None if limit is None else limit - len(out))
                out += part
                used += n
                if status == "need dict" and self._zdict is not None:
                    if not self._inflater.set_dictionary(bytes(self._zdict)):
                        raise error("Error -3 while setting zdict: invalid input data")
                    continue
                break
        except _inflate.InflateError as e:
            self._keep(data[used + e.used:], False)
            if quiet:
                return out + e.output, "error"
            raise error("Error -3 while decompressing data: %s" % e) from None
        self._keep(data[used:], status == "end")
        if status == "need dict" and not quiet:
            raise error("Error 2 while decompressing data")
        return out, status

    def _keep(self, rest, end):
        """Keeps the input left over: after the end of the stream in unused_data,
        else in unconsumed_tail (which, as in CPython, is rewritten only when there
        is something left or it held something: then even at the end)."""
        if end:
            self._unused_data += rest
            self._eof = True
            if self._unconsumed_tail:
                self._unconsumed_tail = rest
        elif rest or self._unconsumed_tail:
            self._unconsumed_tail = rest

    def decompress(self, data, /, max_length=0):
        """Decompresses data; with max_length, returns at most that many bytes and
        leaves the input not yet used in unconsumed_tail."""
        data = _bytes_like(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        out, status = self._inflate(data, max_length or None)
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Decompresses what is left in unconsumed_tail (all of it) and returns it."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self._ended:
            return b""
        out, status = self._inflate(self._unconsumed_tail, None, quiet=True)
        if status == "end":
            self._ended = True
        return out

    def copy(self):
        """A copy of the stream in its current state."""
        if self._ended:
            raise ValueError("Inconsistent stream state")
        twin = object.__new__(Decompress)
        twin.__dict__.update(self.__dict__)
        twin._inflater = self._inflater.copy()
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Returns a compressor object (see Compress)."""
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(zdict).__name__)
    return Compress(level, method, wbits, memLevel, strategy, zdict)


def decompressobj(wbits=MAX_WBITS, zdict=None):
    """Returns a decompressor object (see Decompress)."""
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("zdict argument must support the buffer protocol")
    return Decompress(wbits, zdict)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """As CPython's: one deflate(Z_FINISH) over the whole input (the same bytes)."""
    data = _bytes_like(data)
    try:
        stream = Compress(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, None)
    except ValueError:
        # deflateInit2 refuses a bad window size as a bad level, and CPython says so.
        raise error("Bad compression level") from None
    return stream._deflate(data, Z_FINISH, "compressing data")


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
            raise error("Error 2 while decompressing data")
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
