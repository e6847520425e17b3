"""JSON encoding and decoding: dumps/loads/dump/load with the options tutorials use.

Output is character-for-character what CPython's json module produces for the same
arguments (separators, indent, sort_keys, ensure_ascii, default), and decoding errors
carry CPython's messages and positions.
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder",
           "JSONDecoder"]


class JSONDecodeError(ValueError):
    """Raised when a document is not valid JSON: says what was expected and where."""

    # The three public classes are defined here but name the submodules CPython defines
    # them in: a traceback's last line reads json.decoder.JSONDecodeError, as CPython's.
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding ---------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                # Outside the BMP, JSON spells a character as a UTF-16 surrogate pair.
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(x, allow_nan):
    if x != x:
        text = "NaN"
    elif x == float("inf"):
        text = "Infinity"
    elif x == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(x)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    """Turns Python data into JSON text; subclass and override default() to extend."""

    __module__ = "json.encoder"

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return chunks

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not "
                        f"{key.__class__.__name__}")

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, level, markers)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode_list(self, items, out, level, markers):
        if not items:
            out.append("[]")
            return
        self._enter(items, markers)
        # As CPython's iterencode: the text before an item ("[" or the separator) is
        # one chunk with the item when the item is a scalar, a chunk of its own before
        # a container.
        buf = "["
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            buf += self._newline(level)
            separator += self._newline(level)
        first = True
        for item in items:
            if not first:
                buf = separator
            first = False
            if isinstance(item, (list, tuple, dict)):
                out.append(buf)
                self._encode(item, out, level, markers)
            else:
                start = len(out)
                self._encode(item, out, level, markers)
                if len(out) == start + 1:
                    out[start] = buf + out[start]
                else:
                    out.insert(start, buf)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append("]")
        self._leave(items, markers)

    def _encode_dict(self, d, out, level, markers):
        if not d:
            out.append("{}")
            return
        self._enter(d, markers)
        out.append("{")
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            out.append(self._newline(level))
            separator += self._newline(level)
        items = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for key, value in items:
            text = self._key_text(key)
            if text is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_quote(text, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append("}")
        self._leave(d, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialise obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialise obj as JSON to fp, a file-like object with write()."""
    fp.write(dumps(obj, **kw))


# ---- decoding ---------------------------------------------------------------------

_WHITESPACE = " \t\n\r"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


class _Parser:
    def __init__(self, doc, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant, strict):
        self.doc = doc
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def skip(self, pos):
        doc = self.doc
        while pos < len(doc) and doc[pos] in _WHITESPACE:
            pos += 1
        return pos

    def value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            raise JSONDecodeError("Expecting value", doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == "{":
            return self.object(pos + 1)
        if ch == "[":
            return self.array(pos + 1)
        if doc.startswith("null", pos):
            return None, pos + 4
        if doc.startswith("true", pos):
            return True, pos + 4
        if doc.startswith("false", pos):
            return False, pos + 5
        if doc.startswith("NaN", pos):
            return self.parse_constant("NaN"), pos + 3
        if doc.startswith("Infinity", pos):
            return self.parse_constant("Infinity"), pos + 8
        if doc.startswith("-Infinity", pos):
            return self.parse_constant("-Infinity"), pos + 9
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        end = pos
        if end < len(doc) and doc[end] == "-":
            end += 1
        if end < len(doc) and doc[end] == "0":
            end += 1
        elif end < len(doc) and "1" <= doc[end] <= "9":
            while end < len(doc) and doc[end].isdigit() and doc[end] in "0123456789":
                end += 1
        else:
            raise JSONDecodeError("Expecting value", doc, pos)
        is_float = False
        if end + 1 < len(doc) and doc[end] == "." and doc[end + 1] in "0123456789":
            is_float = True
            end += 2
            while end < len(doc) and doc[end] in "0123456789":
                end += 1
        if end < len(doc) and doc[end] in "eE":
            exp = end + 1
            if exp < len(doc) and doc[exp] in "+-":
                exp += 1
            if exp < len(doc) and doc[exp] in "0123456789":
                is_float = True
                end = exp
                while end < len(doc) and doc[end] in "0123456789":
                    end += 1
        text = doc[pos:end]
        return (self.parse_float(text) if is_float else self.parse_int(text)), end

    def string(self, pos):
        doc = self.doc
        start = pos - 1
        chunks = []
        while True:
            run = pos
            while pos < len(doc) and doc[pos] not in '"\\' and (
                    not self.strict or ord(doc[pos]) >= 0x20):
                pos += 1
            chunks.append(doc[run:pos])
            if pos >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            ch = doc[pos]
            if ch == '"':
                return "".join(chunks), pos + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", doc, pos)
            pos += 1
            if pos >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            esc = doc[pos]
            if esc != "u":
                if esc not in _SIMPLE_ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", doc, pos - 1)
                chunks.append(_SIMPLE_ESCAPES[esc])
                pos += 1
                continue
            code = self.hex4(pos + 1)
            pos += 5
            if 0xD800 <= code <= 0xDBFF and doc.startswith("\\u", pos):
                low = self.hex4(pos + 2)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
            chunks.append(chr(code))

    def hex4(self, pos):
        digits = self.doc[pos:pos + 4]
        if len(digits) == 4 and all(c in "0123456789abcdefABCDEF" for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.doc, pos - 1)

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "}":
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(doc) or doc[pos] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", doc, pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", doc, pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "}":
                return self.finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        doc = self.doc
        items = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "]":
            return items, pos + 1
        while True:
            value, pos = self.value(pos)
            items.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "]":
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)


class JSONDecoder:
    """Turns JSON text into Python data."""

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def raw_decode(self, s, idx=0):
        parser = _Parser(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                         self.parse_int, self.parse_constant, self.strict)
        return parser.value(idx)

    def decode(self, s):
        parser = _Parser(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                         self.parse_int, self.parse_constant, self.strict)
        value, end = parser.value(parser.skip(0))
        end = parser.skip(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialise s (a str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, "
                        f"not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """Deserialise JSON read from fp, a file-like object with read()."""
    return loads(fp.read(), **kw)


# `import json` makes json.decoder and json.encoder available, as CPython's does; they
# only re-export what is defined above.
from . import decoder, encoder
