"""In-memory text streams (StringIO) for programs that capture output."""


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        self._buf = [initial_value] if initial_value else []
        self._closed = False

    def write(self, s):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._buf.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return "".join(self._buf)

    def read(self):
        return self.getvalue()

    def flush(self):
        pass

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.getvalue().splitlines(True))
