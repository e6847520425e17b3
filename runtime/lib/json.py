"""JSON encoding and decoding (dumps/dump/loads/load) with CPython's output format and
JSONDecodeError messages."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder",
           "JSONDecoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        chunks = []
        self._encode(o, chunks, 0, set())
        return "".join(chunks)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not "
                        f"{k.__class__.__name__}")

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._check(o, markers)
            if not o:
                out.append("[]")
            else:
                out.append("[")
                sep = self._open(out, level + 1)
                for i, v in enumerate(o):
                    if i:
                        out.append(sep)
                    self._encode(v, out, level + 1, markers)
                self._close(out, level)
                out.append("]")
            markers.discard(id(o))
        elif isinstance(o, dict):
            self._check(o, markers)
            if not o:
                out.append("{}")
            else:
                out.append("{")
                sep = self._open(out, level + 1)
                items = sorted(o.items()) if self.sort_keys else o.items()
                first = True
                for k, v in items:
                    k = self._key(k)
                    if k is None:
                        continue
                    if not first:
                        out.append(sep)
                    first = False
                    out.append(_encode_str(k, self.ensure_ascii))
                    out.append(self.key_separator)
                    self._encode(v, out, level + 1, markers)
                self._close(out, level)
                out.append("}")
            markers.discard(id(o))
        else:
            self._check(o, markers)
            self._encode(self.default(o), out, level, markers)
            markers.discard(id(o))

    def _check(self, o, markers):
        if id(o) in markers:
            raise ValueError("Circular reference detected")
        markers.add(id(o))

    def _open(self, out, level):
        if self.indent is None:
            return self.item_separator
        nl = "\n" + self.indent * level
        out.append(nl)
        return self.item_separator + nl

    def _close(self, out, level):
        if self.indent is not None:
            out.append("\n" + self.indent * level)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_NUMBER_CHARS = "0123456789+-.eE"


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.strict = strict

    def decode(self, s):
        i = self._skip(s, 0)
        value, i = self._value(s, i)
        i = self._skip(s, i)
        if i != len(s):
            raise JSONDecodeError("Extra data", s, i)
        return value

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        if s.startswith("NaN", i):
            return float("nan"), i + 3
        if s.startswith("Infinity", i):
            return float("inf"), i + 8
        if s.startswith("-Infinity", i):
            return float("-inf"), i + 9
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j].isdigit():
            if s[j] == "0":
                j += 1
            else:
                while j < len(s) and s[j].isdigit():
                    j += 1
            is_float = False
            if j + 1 < len(s) and s[j] == "." and s[j + 1].isdigit():
                is_float = True
                j += 1
                while j < len(s) and s[j].isdigit():
                    j += 1
            if j < len(s) and s[j] in "eE":
                k = j + 1
                if k < len(s) and s[k] in "+-":
                    k += 1
                if k < len(s) and s[k].isdigit():
                    is_float = True
                    j = k
                    while j < len(s) and s[j].isdigit():
                        j += 1
            text = s[i:j]
            return (self.parse_float(text) if is_float else self.parse_int(text)), j
        raise JSONDecodeError("Expecting value", s, i)

    def _string(self, s, i):
        start = i - 1
        out = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[i]
            if c == '"':
                return "".join(out), i + 1
            if c == "\\":
                i += 1
                if i >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                e = s[i]
                if e == "u":
                    esc = s[i + 1:i + 5]
                    if len(esc) != 4 or any(ch not in "0123456789abcdefABCDEF" for ch in esc):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
                    n = int(esc, 16)
                    i += 5
                    if 0xD800 <= n <= 0xDBFF and s[i:i + 2] == "\\u":
                        m = int(s[i + 2:i + 6], 16)
                        if 0xDC00 <= m <= 0xDFFF:
                            n = 0x10000 + (((n - 0xD800) << 10) | (m - 0xDC00))
                            i += 6
                    out.append(chr(n))
                    continue
                mapped = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                          "r": "\r", "t": "\t"}.get(e)
                if mapped is None:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                out.append(mapped)
                i += 1
                continue
            if self.strict and ord(c) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
            if i < len(s) and s[i] == "}":
                raise JSONDecodeError("Illegal trailing comma before end of object", s, i - 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
            if i < len(s) and s[i] == "]":
                raise JSONDecodeError("Illegal trailing comma before end of array", s, i - 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not "
                        f"{s.__class__.__name__}")
    cls = cls or JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
