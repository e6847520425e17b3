"""gzip for Taskscope: compress, decompress and GzipFile over in-memory files
(io.BytesIO), with CPython 3.11's bytes and errors. The deflate itself is
_deflate.py, which makes the same bytes as CPython's zlib 1.2.13 (at level 0, inputs
over 64 KiB are split into stored blocks differently). gzip.open with a file name
raises: Taskscope programs have no file system."""

import io
import struct
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


def _header(compresslevel, mtime, name=b''):
    if mtime is None:
        mtime = time.time()
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else (
        4 if compresslevel == _COMPRESS_LEVEL_FAST else 0)
    flags = FNAME if name else 0
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime), xfl, 255)
    if name:
        head += name + b'\000'
    return head


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
        xfl = 2 if compresslevel == 9 else (4 if compresslevel in (0, 1) else 0)
        head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, 0, xfl, 3)
    else:
        head = _header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return head + _raw_deflate(data, compresslevel) + trailer


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member header; returns its mtime, or None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flag & field:
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


def _inflate_member(data, start):
    """(the member's data, offset after its deflate stream)."""
    try:
        return _deflate.decompress(data, start)
    except _deflate.DeflateError as e:
        if str(e) == "incomplete or truncated stream":
            raise EOFError(_TRUNCATED) from None
        raise zlib.error("Error -3 while decompressing data: %s" % e) from None


def decompress(data):
    """The data of all the members of a gzip file, joined."""
    data = bytes(data)
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        out, end = _inflate_member(data, fp.tell())
        rest = data[end:]
        if len(rest) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", rest[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = rest[8:].lstrip(b"\x00")


class GzipFile(io.BufferedIOBase if hasattr(io, 'BufferedIOBase') else object):
    """A gzip file over a file object (in Taskscope, an io.BytesIO): written data is
    compressed when the file is closed; reading decompresses the whole file first."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            raise OSError("[Errno 2] No such file or directory: %r (Taskscope programs "
                          "have no file system; pass fileobj=io.BytesIO(...))" % (filename,))
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._pending = []
            self._compresslevel = compresslevel
            self._write_mtime = mtime
            self.name = filename
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self._closed = False

    @property
    def mtime(self):
        return getattr(self, '_last_mtime', None)

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

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
        if self._buffer is None:
            raw = self.fileobj.read()
            fp = io.BytesIO(raw)
            members = []
            while True:
                start = fp.tell()
                mtime = _read_gzip_header(fp)
                if mtime is None:
                    break
                self._last_mtime = mtime
                out, end = _inflate_member(raw, fp.tell())
                tail = raw[end:end + 8]
                if len(tail) < 8:
                    raise EOFError(_TRUNCATED)
                crc, length = struct.unpack("<II", tail)
                if crc != zlib.crc32(out):
                    raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(zlib.crc32(out))))
                if length != (len(out) & 0xffffffff):
                    raise BadGzipFile("Incorrect length of data produced")
                members.append(out)
                rest = raw[end + 8:]
                skipped = len(rest) - len(rest.lstrip(b"\x00"))
                fp.seek(end + 8 + skipped)
                if start == fp.tell():
                    break
            self._buffer = b"".join(members)
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
            fileobj.write(_header(self._compresslevel, self._write_mtime, name))
            fileobj.write(_raw_deflate(data, self._compresslevel))
            fileobj.write(struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff))

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
