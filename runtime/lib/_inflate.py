"""A resumable inflater for zlib.decompressobj: input arrives in pieces and output may
be capped, so it is a state machine that stops wherever the input runs out or the
output is full and carries on at the next call, in the same steps as zlib 1.2.13's
inflate (CPython's), so that it consumes the same input bytes at every stop: that is
what unconsumed_tail shows. Bits are taken from the input a byte at a time and only
when a step needs them; a step (a header field, a code and its extra bits) takes its
bits only once all of them are there.

Inflater.inflate(data, limit) returns (output, bytes of data consumed, status); status
is "ok", "end" (the stream and its check are complete) or "need dict" (a zlib header
named a preset dictionary and none is set); invalid data raises InflateError with
zlib's message."""

from binascii import crc32
import zlib  # for adler32 (zlib imports this module only when a stream object is made)

__all__ = ["Inflater", "InflateError"]


class InflateError(Exception):
    """Invalid compressed data (the message is zlib's)."""


_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
_LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                67, 83, 99, 115, 131, 163, 195, 227, 258)
_LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                 5, 5, 5, 5, 0)
_DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
              769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
_DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
               11, 11, 12, 12, 13, 13)

# The steps (zlib's modes).
(_HEAD, _DICTID, _DICT, _TYPE, _STORED, _COPY, _TABLE, _LENLENS, _CODELENS, _LEN, _LIT,
 _LENEXT, _DIST, _DISTEXT, _MATCH, _CHECK, _LENGTH, _DONE, _BAD) = range(19)


class _Code:
    """A canonical Huffman code for decoding: codes of each length are consecutive,
    so a code of `length` bits is the (code - first[length])-th symbol of that length."""

    def __init__(self, lengths, kind=None):
        """kind: the error message for a code that is over-subscribed or incomplete
        (None for the fixed codes, which zlib builds without checking: 30 distance
        codes of 5 bits leave two unused)."""
        counts = [0] * 16
        for n in lengths:
            counts[n] += 1
        counts[0] = 0
        self.max = max((n for n in range(16) if counts[n]), default=0)
        left = 1
        for n in range(1, 16):
            left = (left << 1) - counts[n]
            if left < 0 and kind:
                raise InflateError(kind)          # over-subscribed
        # An incomplete code is allowed only as a single code of one bit (zlib).
        if left > 0 and kind and (kind == "invalid code lengths set" or self.max != 1) and self.max:
            raise InflateError(kind)
        self.counts = counts
        offsets = [0] * 16
        for n in range(1, 16):
            offsets[n] = offsets[n - 1] + counts[n - 1]
        self.symbols = [0] * len(lengths)
        for symbol, n in enumerate(lengths):
            if n:
                self.symbols[offsets[n]] = symbol
                offsets[n] += 1

    def peek(self, hold, bits):
        """(symbol or -1 for an invalid code, its length) read from the low bits of
        hold, or None if `bits` bits are not enough yet."""
        counts = self.counts
        code = first = index = 0
        for length in range(1, max(self.max, 1) + 1):
            if length > bits:
                return None
            code |= (hold >> (length - 1)) & 1
            count = counts[length]
            if code - count < first:
                return self.symbols[index + code - first], length
            index += count
            first = (first + count) << 1
            code <<= 1
        return -1, max(self.max, 1)


_FIXED = None


def _fixed():
    global _FIXED
    if _FIXED is None:
        _FIXED = (_Code([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8), _Code([5] * 30))
    return _FIXED


def _adler(data, value):
    return zlib.adler32(data, value)


class Inflater:
    def __init__(self, wbits):
        """wbits as zlib.decompressobj takes it (already validated)."""
        if wbits < 0:
            self.wrap, self.wbits = 0, -wbits
        else:
            self.wrap = (wbits >> 4) + 5       # 1: zlib, 2: gzip allowed; 4: check
            self.wbits = wbits & 15 if wbits < 48 else wbits
        self.mode = _HEAD if self.wrap else _TYPE
        self.hold = self.bits = 0
        self.last = False
        self.gzip = False
        self.header = bytearray()    # the gzip header so far (for its CRC)
        self.check = 0
        self.total = 0               # output so far (before this call)
        self.history = bytearray()   # the last output, for distances
        self.length = self.offset = self.extra = 0
        self.lit = self.dist = None
        self.lens = []
        self.ncode = self.nlen = self.ndist = 0
        self.dictid = None

    def copy(self):
        twin = object.__new__(Inflater)
        twin.__dict__.update(self.__dict__)
        twin.header = bytearray(self.header)
        twin.history = bytearray(self.history)
        twin.lens = list(self.lens)
        return twin

    def set_dictionary(self, zdict):
        """Primes the history (raw streams at once; zlib streams when asked)."""
        if self.mode == _DICT and _adler(zdict, 1) != self.dictid:
            return False
        self.history += zdict
        if self.mode == _DICT:
            self.mode = _TYPE
        return True

    def inflate(self, data, limit=None):
        out = bytearray()
        self.data, self.pos, self.out, self.limit = data, 0, out, limit
        try:
            if self.mode == _BAD:
                # After invalid data every call fails the same way, using nothing.
                raise InflateError(self.error)
            status = self._run()
        except InflateError as e:
            if self.mode != _BAD:
                self.mode, self.error = _BAD, str(e)
            e.output, e.used = bytes(out), self.pos     # what came before the error
            raise
        finally:
            self._account(out)
            self.data = None
        return bytes(out), self.pos, status

    def _update_check(self):
        """Adds the output not yet counted to the check value."""
        if self.wrap & 4 and len(self.out) > self.checked:
            piece = self.out[self.checked:]
            self.check = crc32(piece, self.check) if self.gzip else _adler(piece, self.check)
        self.checked = len(self.out)

    def _account(self, out):
        """Adds this call's output to the check value, the history and the count."""
        self._update_check()
        self.total += len(out)
        self.history += out
        if len(self.history) > 1 << 17:
            del self.history[:-(1 << 15)]

    def _need(self, n):
        """Whether n bits are in hold, taking input bytes as needed."""
        data = self.data
        while self.bits < n:
            if self.pos >= len(data):
                return False
            self.hold |= data[self.pos] << self.bits
            self.pos += 1
            self.bits += 8
        return True

    def _drop(self, n):
        self.hold >>= n
        self.bits -= n

    def _take(self, n):
        value = self.hold & ((1 << n) - 1)
        self._drop(n)
        return value

    def _room(self):
        return -1 if self.limit is None else self.limit - len(self.out)

    def _run(self):
        self.checked = 0
        while True:
            mode = self.mode
            if mode == _LEN:
                found = self.lit.peek(self.hold, self.bits)
                while found is None:
                    if not self._need(self.bits + 1):
                        return "ok"
                    found = self.lit.peek(self.hold, self.bits)
                symbol, n = found
                if symbol < 0 or symbol > 285:
                    raise InflateError("invalid literal/length code")
                self._drop(n)
                if symbol < 256:
                    self.length = symbol
                    self.mode = _LIT
                elif symbol == 256:
                    self.mode = _TYPE
                else:
                    self.length = _LENGTH_BASE[symbol - 257]
                    self.extra = _LENGTH_EXTRA[symbol - 257]
                    self.mode = _LENEXT
            elif mode == _LIT:
                if self._room() == 0:
                    return "ok"
                self.out.append(self.length)
                self.mode = _LEN
            elif mode == _LENEXT:
                if self.extra:
                    if not self._need(self.extra):
                        return "ok"
                    self.length += self._take(self.extra)
                self.mode = _DIST
            elif mode == _DIST:
                found = self.dist.peek(self.hold, self.bits)
                while found is None:
                    if not self._need(self.bits + 1):
                        return "ok"
                    found = self.dist.peek(self.hold, self.bits)
                symbol, n = found
                if symbol < 0 or symbol > 29:
                    raise InflateError("invalid distance code")
                self._drop(n)
                self.offset = _DIST_BASE[symbol]
                self.extra = _DIST_EXTRA[symbol]
                self.mode = _DISTEXT
            elif mode == _DISTEXT:
                if self.extra:
                    if not self._need(self.extra):
                        return "ok"
                    self.offset += self._take(self.extra)
                self.mode = _MATCH
            elif mode == _MATCH:
                room = self._room()
                if room == 0:
                    return "ok"
                out, offset = self.out, self.offset
                window = min(len(self.history), 1 << self.wbits)
                if offset > len(out) + window:
                    raise InflateError("invalid distance too far back")
                n = self.length if room < 0 else min(self.length, room)
                start = len(out) - offset    # negative: in earlier calls' output
                if start >= 0:
                    pattern = out[start:start + n]
                else:
                    at = len(self.history) + start
                    pattern = self.history[at:at + n]
                    if len(pattern) < n:
                        pattern += out[:n - len(pattern)]
                if offset < n:
                    # The match overlaps its own output: its first `offset` bytes repeat.
                    pattern = (pattern * (n // offset + 1))[:n]
                out += pattern
                self.length -= n
                if self.length == 0:
                    self.mode = _LEN
            elif mode == _TYPE:
                if self.last:
                    self._drop(self.bits & 7)
                    self.mode = _CHECK
                    continue
                if not self._need(3):
                    return "ok"
                self.last = bool(self._take(1))
                kind = self._take(2)
                if kind == 0:
                    self.mode = _STORED
                elif kind == 1:
                    self.lit, self.dist = _fixed()
                    self.mode = _LEN
                elif kind == 2:
                    self.mode = _TABLE
                else:
                    raise InflateError("invalid block type")
            elif mode == _STORED:
                self._drop(self.bits & 7)
                if not self._need(32):
                    return "ok"
                n = self.hold & 0xFFFF
                if n != (self.hold >> 16) ^ 0xFFFF:
                    raise InflateError("invalid stored block lengths")
                self.hold = self.bits = 0
                self.length = n
                self.mode = _COPY
            elif mode == _COPY:
                if self.length == 0:
                    self.mode = _TYPE
                    continue
                n = min(self.length, len(self.data) - self.pos)
                room = self._room()
                if room >= 0:
                    n = min(n, room)
                if n == 0:
                    return "ok"
                self.out += self.data[self.pos:self.pos + n]
                self.pos += n
                self.length -= n
            elif mode == _TABLE:
                if not self._need(14):
                    return "ok"
                self.nlen = self._take(5) + 257
                self.ndist = self._take(5) + 1
                self.ncode = self._take(4) + 4
                if self.nlen > 286 or self.ndist > 30:
                    raise InflateError("too many length or distance symbols")
                self.lens = []
                self.mode = _LENLENS
            elif mode == _LENLENS:
                while len(self.lens) < self.ncode:
                    if not self._need(3):
                        return "ok"
                    self.lens.append(self._take(3))
                lengths = [0] * 19
                for i, n in enumerate(self.lens):
                    lengths[_ORDER[i]] = n
                self.lit = _Code(lengths, "invalid code lengths set")
                self.lens = []
                self.mode = _CODELENS
            elif mode == _CODELENS:
                if not self._code_lengths():
                    return "ok"
            elif mode == _HEAD:
                if not self._head():
                    return "ok"
            elif mode == _DICTID:
                if not self._need(32):
                    return "ok"
                h = self.hold
                self.dictid = ((h & 0xFF) << 24) | ((h >> 8 & 0xFF) << 16) | ((h >> 16 & 0xFF) << 8) | (h >> 24)
                self.hold = self.bits = 0
                self.mode = _DICT
            elif mode == _DICT:
                return "need dict"
            elif mode == _CHECK:
                if self.wrap:
                    if not self._need(32):
                        return "ok"
                    self._update_check()
                    h = self.hold
                    if not self.gzip:
                        h = ((h & 0xFF) << 24) | ((h >> 8 & 0xFF) << 16) | ((h >> 16 & 0xFF) << 8) | (h >> 24)
                    if self.wrap & 4 and h != self.check:
                        raise InflateError("incorrect data check")
                    self.hold = self.bits = 0
                self.mode = _LENGTH
            elif mode == _LENGTH:
                if self.wrap and self.gzip:
                    if not self._need(32):
                        return "ok"
                    if self.wrap & 4 and self.hold != (self.total + len(self.out)) & 0xFFFFFFFF:
                        raise InflateError("incorrect length check")
                    self.hold = self.bits = 0
                self.mode = _DONE
            else:
                return "end"

    def _code_lengths(self):
        """Reads the literal/length and distance code lengths; False if the input
        ran out first."""
        total = self.nlen + self.ndist
        lens = self.lens
        while len(lens) < total:
            found = self.lit.peek(self.hold, self.bits)
            while found is None:
                if not self._need(self.bits + 1):
                    return False
                found = self.lit.peek(self.hold, self.bits)
            symbol, n = found
            if symbol < 0:
                symbol = 0    # zlib's empty code reads as a length of 0
            if symbol < 16:
                self._drop(n)
                lens.append(symbol)
                continue
            extra, base = {16: (2, 3), 17: (3, 3), 18: (7, 11)}[symbol]
            if not self._need(n + extra):
                return False
            self._drop(n)
            if symbol == 16:
                if not lens:
                    raise InflateError("invalid bit length repeat")
                value = lens[-1]
            else:
                value = 0
            count = base + self._take(extra)
            if len(lens) + count > total:
                raise InflateError("invalid bit length repeat")
            lens += [value] * count
        if lens[256] == 0:
            raise InflateError("invalid code -- missing end-of-block")
        self.lit = _Code(lens[:self.nlen], "invalid literal/lengths set")
        self.dist = _Code(lens[self.nlen:], "invalid distances set")
        self.mode = _LEN
        return True

    def _head(self):
        """Reads the zlib or gzip header; False if the input ran out first."""
        if not self.header:
            if not self._need(16):
                return False
            if self.wrap & 2 and self.hold == 0x8B1F:
                self.gzip = True
                self.check = 0
                self.header += b"\x1f\x8b"
                self.hold = self.bits = 0
                if self.wbits == 0:
                    self.wbits = 15
            else:
                h = self.hold
                if not self.wrap & 1 or (((h & 0xFF) << 8) + (h >> 8)) % 31:
                    raise InflateError("incorrect header check")
                if h & 0x0F != 8:
                    raise InflateError("unknown compression method")
                size = ((h >> 4) & 0x0F) + 8
                if self.wbits == 0:
                    self.wbits = size
                if size > 15 or size > self.wbits:
                    raise InflateError("invalid window size")
                self.check = 1
                self.hold = self.bits = 0
                self.mode = _DICTID if h & 0x2000 else _TYPE
                return True
        # The gzip header: a byte at a time (it has no fixed length).
        while True:
            complete = self._gzip_header_end()
            if complete:
                self.mode = _TYPE
                return True
            if not self._need(8):
                return False
            self.header.append(self._take(8))

    def _gzip_header_end(self):
        """Whether self.header holds the whole gzip header (checking it as far as it
        goes)."""
        h = self.header
        if len(h) >= 4:
            if h[2] != 8:
                raise InflateError("unknown compression method")
            if h[3] & 0xE0:
                raise InflateError("unknown header flags set")
        if len(h) < 10:
            return False
        flags, pos = h[3], 10
        if flags & 4:
            if len(h) < pos + 2:
                return False
            pos += 2 + (h[pos] | h[pos + 1] << 8)
            if len(h) < pos:
                return False
        for bit in (8, 16):
            if flags & bit:
                end = h.find(b"\0", pos)
                if end < 0:
                    return False
                pos = end + 1
        if flags & 2:
            if len(h) < pos + 2:
                return False
            if self.wrap & 4 and (h[pos] | h[pos + 1] << 8) != crc32(h[:pos]) & 0xFFFF:
                raise InflateError("header crc mismatch")
        return True
