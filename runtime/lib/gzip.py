"""gzip for Taskscope: compress, decompress and GzipFile over in-memory files
(io.BytesIO), with CPython 3.11's bytes and errors. The deflate itself is
_deflate.py, which makes the same bytes as CPython's zlib 1.2.13 at every level.
gzip.open with a file name raises: Taskscope programs have no file system."""

import io
import time
import zlib

import _deflate

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip file."""


def _extra_flags(level, zlib_style=False):
    # The XFL byte: 2 for the best compression, 4 for the fastest. zlib's own
    # wrapper (compress with mtime=0) also counts level 0 as fastest.
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    return 4 if level == _COMPRESS_LEVEL_FAST or (zlib_style and level == 0) else 0


def _header(compresslevel, mtime, name=b''):
    stamp = int(time.time() if mtime is None else mtime)
    fields = bytes([0x1f, 0x8b, 8, FNAME if name else 0]) + stamp.to_bytes(4, 'little')
    fields += bytes([_extra_flags(compresslevel), 255])
    return fields + name + b'\0' if name else fields


def _trailer(data):
    return zlib.crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little')


def _raw_deflate(data, compresslevel):
    try:
        return _deflate.compress(data, compresslevel)
    except _deflate.DeflateError as e:
        raise zlib.error(str(e)) from None


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip file (one member) holding data."""
    data = bytes(data)
    if mtime == 0:
        # What zlib's own gzip wrapper writes: mtime 0, operating system 3 (Unix).
        head = bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, _extra_flags(compresslevel, True), 3])
    else:
        head = _header(compresslevel, mtime)
    return head + _raw_deflate(data, compresslevel) + _trailer(data)


def _skip_header(raw, at):
    """Reads the member header at offset `at`: (its mtime, the offset of its deflate
    stream), or None when the data ends there."""
    if at == len(raw):
        return None
    magic = raw[at:at + 2]
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    fixed = raw[at + 2:at + 10]
    if len(fixed) < 8:
        raise EOFError(_TRUNCATED)
    method, flags, stamp = fixed[0], fixed[1], int.from_bytes(fixed[2:6], 'little')
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    at += 10
    if flags & FEXTRA:
        if at + 2 > len(raw):
            raise EOFError(_TRUNCATED)
        at += 2 + int.from_bytes(raw[at:at + 2], 'little')
        if at > len(raw):
            raise EOFError(_TRUNCATED)
    # The name and the comment end with a NUL (or the data does).
    for field in (FNAME, FCOMMENT):
        if flags & field:
            nul = raw.find(b'\0', at)
            at = len(raw) if nul < 0 else nul + 1
    if flags & FHCRC:
        at += 2
        if at > len(raw):
            raise EOFError(_TRUNCATED)
    return stamp, at


def _inflate_member(data, start):
    """(the member's data, offset after its deflate stream)."""
    try:
        return _deflate.decompress(data, start)
    except _deflate.DeflateError as e:
        if str(e) == "incomplete or truncated stream":
            raise EOFError(_TRUNCATED) from None
        raise zlib.error("Error -3 while decompressing data: %s" % e) from None


def _members(raw, crc_values_in_error):
    """Yields (mtime, data) for each member of a gzip file. NUL bytes between members
    are padding. GzipFile's CRC error shows both values, decompress's does not."""
    at = 0
    while True:
        found = _skip_header(raw, at)
        if found is None:
            return
        stamp, at = found
        data, at = _inflate_member(raw, at)
        if len(raw) - at < 8:
            raise EOFError(_TRUNCATED)
        stored_crc = int.from_bytes(raw[at:at + 4], 'little')
        stored_size = int.from_bytes(raw[at + 4:at + 8], 'little')
        actual_crc = zlib.crc32(data)
        if stored_crc != actual_crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(stored_crc), hex(actual_crc))
                              if crc_values_in_error else "CRC check failed")
        if stored_size != (len(data) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        yield stamp, data
        at += 8
        while at < len(raw) and raw[at] == 0:
            at += 1


def decompress(data):
    """The data of all the members of a gzip file, joined."""
    return b"".join(data for _, data in _members(bytes(data), False))


class GzipFile(io.BufferedIOBase if hasattr(io, 'BufferedIOBase') else object):
    """A gzip file over a file object (in Taskscope, an io.BytesIO): written data is
    compressed when the file is closed; reading decompresses the whole file first."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and set(mode) & {'t', 'U'}:
            raise ValueError("Invalid mode: {!r}".format(mode))
        if fileobj is None:
            raise OSError("[Errno 2] No such file or directory: %r (Taskscope programs "
                          "have no file system; pass fileobj=io.BytesIO(...))" % (filename,))
        if filename is None:
            # Named after the file object, when it has a usable name.
            given = getattr(fileobj, 'name', '')
            filename = given if isinstance(given, (str, bytes)) else ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        elif mode and 'b' not in mode:
            mode += 'b'
        self.name = filename
        if mode[:1] == 'r':
            self.mode = READ
            self._buffer, self._pos = None, 0
        elif mode[:1] in ('w', 'a', 'x'):
            self.mode = WRITE
            self._pending = []
            self._compresslevel, self._write_mtime = compresslevel, mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self._closed = False

    @property
    def mtime(self):
        return getattr(self, '_last_mtime', None)

    def __repr__(self):
        inner = repr(self.fileobj)[1:-1]
        return '<gzip %s %s>' % (inner, hex(id(self)))

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self._pending.append(bytes(data))
        return length

    def _load(self):
        # The whole file is decompressed at the first read.
        if self._buffer is None:
            pieces = []
            for stamp, data in _members(self.fileobj.read(), True):
                self._last_mtime = stamp
                pieces.append(data)
            self._buffer = b"".join(pieces)
        return self._buffer

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        data = self._load()
        if size is None or size < 0:
            chunk = data[self._pos:]
        else:
            chunk = data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    read1 = read

    def peek(self, n):
        data = self._load()
        return data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = data[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return sum(len(p) for p in self._pending)
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == READ:
            data = self._load()
            if whence == io.SEEK_CUR:
                offset += self._pos
            elif whence == io.SEEK_END:
                raise ValueError('Seek from end not supported')
            self._pos = max(0, min(offset, len(data)))
            return self._pos
        raise OSError('Negative seek in write mode')

    def flush(self, zlib_mode=None):
        self._check_not_closed()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        if self.mode == WRITE:
            data = b"".join(self._pending)
            name = self.name
            if isinstance(name, str):
                name = name.encode('latin-1')
            if name.endswith(b'.gz'):
                name = name[:-3]
            name = name[name.rfind(b'/') + 1:]
            fileobj.write(_header(self._compresslevel, self._write_mtime, name)
                          + _raw_deflate(data, self._compresslevel) + _trailer(data))

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def fileno(self):
        return self.fileobj.fileno()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """A GzipFile (binary modes) or a text wrapper over one; filename must be a file
    object here (Taskscope programs have no file system)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)):
        raise FileNotFoundError(2, "No such file or directory (Taskscope programs have no "
                                   "file system)", filename)
    if not (hasattr(filename, "read") or hasattr(filename, "write")):
        raise TypeError("filename must be a str or bytes object, or a file")
    binary = GzipFile(None, gz_mode, compresslevel, filename)
    if "t" in mode:
        if "r" in mode:
            return io.StringIO(binary.read().decode(encoding or "utf-8", errors or "strict"))
        raise ValueError("text write mode is not supported here: write bytes to a "
                         "GzipFile instead")
    return binary
