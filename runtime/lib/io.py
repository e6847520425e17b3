"""In-memory streams: StringIO for text, with a position (read, readline, seek, tell,
truncate, iteration by lines), for programs that capture output or hand text to csv;
BytesIO for bytes (pickle.dump into it, for instance).
The newline argument works as in CPython: None translates \\r\\n and \\r to \\n on
write, '' keeps them and ends lines at any of them, '\\r' or '\\r\\n' translate \\n on
write."""


class UnsupportedOperation(OSError, ValueError):
    pass


SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class _MemoryStream:
    """What StringIO and BytesIO share: the closed state, the capability queries, the
    context manager, iteration by lines and the position. Reading, writing, seek and
    truncate stay in each class: CPython gives them different rules and messages
    (StringIO has no relative seeks, and its messages are capitalized)."""

    # CPython's two classes word the closed-file error differently: this is StringIO's,
    # and BytesIO puts a period at the end of its own.
    _closed_message = "I/O operation on closed file"

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos


class StringIO(_MemoryStream):
    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._newline = newline
        # The text is kept as chunks while writes only append; reads join them once.
        self._chunks = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- state ---------------------------------------------------------------------------

    def _text(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    @property
    def newlines(self):
        return None

    # -- writing ---------------------------------------------------------------------------

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return n
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > self._size:
                text += "\0" * (self._pos - self._size)
            text = text[:self._pos] + s + text[self._pos + len(s):]
            self._chunks = [text]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._chunks = [self._text()[:size]]
            self._size = size
        return size

    # -- reading and moving ----------------------------------------------------------------

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        text = self._text()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def _line_end(self, text, start):
        """The index just past the line that starts at start."""
        if self._newline == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return len(text)
        sep = "\n" if self._newline is None else self._newline
        i = text.find(sep, start)
        return len(text) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        text = self._text()
        start = min(self._pos, self._size)
        end = self._line_end(text, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos


class BytesIO(_MemoryStream):
    """An in-memory binary stream: read, read1, readline(s), write, seek (all three
    whences), tell, truncate, getvalue. No getbuffer (there is no memoryview)."""

    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf)
        start = min(self._pos, len(self._buf))
        end = min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        start = min(self._pos, len(self._buf))
        i = self._buf.find(b"\n", start)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if self._pos > len(self._buf):
            self._buf.extend(b"\0" * (self._pos - len(self._buf)))
        self._buf[self._pos:self._pos + n] = data
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size
