"""Reading TOML 1.0 documents, as CPython 3.11's tomllib: loads(text) and load(binary
file) give a dict of str, int, float, bool, list, dict and the datetime module's
datetime, date and time objects. A document that is not valid TOML raises
TOMLDecodeError, whose message ends with where the problem is: "(at line L, column C)"
or "(at end of document)".

The parser is one pass over the text with a cursor (_Cursor); values are read by
recursive descent. Which tables a later statement may still extend is kept apart from
the data, in a table of marks keyed by the full key path (_Marks)."""

import datetime as _dt

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # TOML lets a parser read CRLF as LF everywhere, string contents included.
    text = s.replace("\r\n", "\n")
    return _Document(text, _checked_float_parser(parse_float)).parse()


def _checked_float_parser(parse_float):
    """parse_float, refusing results that would look like tables or arrays."""
    if parse_float is float:
        return float

    def guarded(literal):
        value = parse_float(literal)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return guarded


# ---- characters ---------------------------------------------------------------------

_SPACE = " \t"
_SPACE_OR_NEWLINE = " \t\n"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_CONTROL = frozenset([chr(n) for n in range(32)] + ["\x7f"])
# Control characters a one-line string or a comment may not hold (tab is allowed);
# multi-line strings allow the newline too.
_BAD_IN_LINE = _CONTROL - {"\t"}
_BAD_IN_BLOCK = _CONTROL - {"\t", "\n"}
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"',
                   "\\": "\\"}
_RADIX_DIGITS = {"x": _HEX, "o": "01234567", "b": "01"}


class _Cursor:
    """The text and a position in it, with the scanning steps every rule uses."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def peek(self, offset=0):
        """The character `offset` places ahead, or '' past the end."""
        return self.text[self.at + offset:self.at + offset + 1]

    def looking_at(self, prefix):
        return self.text.startswith(prefix, self.at)

    def skip(self, chars):
        text, at, end = self.text, self.at, len(self.text)
        while at < end and text[at] in chars:
            at += 1
        self.at = at

    def error(self, message, at=None):
        """A TOMLDecodeError for `message`, placed at `at` (the cursor by default)."""
        where = self.at if at is None else at
        text = self.text
        if where >= len(text):
            place = "end of document"
        else:
            line_start = text.rfind("\n", 0, where) + 1
            place = f"line {text.count(chr(10), 0, where) + 1}, column {where - line_start + 1}"
        return TOMLDecodeError(f"{message} (at {place})")

    def skip_to(self, terminator, forbidden, must_find):
        """Moves to the next `terminator` (or the end when it is missing and not
        `must_find`), refusing any character of `forbidden` on the way."""
        text, start = self.text, self.at
        stop = text.find(terminator, start)
        if stop < 0:
            if must_find:
                raise self.error(f"Expected {terminator!r}", len(text))
            stop = len(text)
        for at in range(start, stop):
            if text[at] in forbidden:
                raise self.error(f"Found invalid character {text[at]!r}", at)
        self.at = stop

    def skip_comment(self):
        if self.peek() == "#":
            self.at += 1
            self.skip_to("\n", _BAD_IN_LINE, False)

    def skip_blank(self):
        """Spaces, newlines and comments, as allowed between array items."""
        while True:
            before = self.at
            self.skip(_SPACE_OR_NEWLINE)
            self.skip_comment()
            if self.at == before:
                return

    def run_of(self, digits, at):
        """The end of a run of `digits` starting at `at`, where single underscores may
        separate digits; `at` itself when no digit is there."""
        text, end = self.text, len(self.text)
        if at >= end or text[at] not in digits:
            return at
        at += 1
        while at < end:
            if text[at] in digits:
                at += 1
            elif text[at] == "_" and at + 1 < end and text[at + 1] in digits:
                at += 2
            else:
                break
        return at

    def number_at(self, at, width, low, high):
        """The integer written with exactly `width` digits at `at` if it lies within
        [low, high], else None."""
        piece = self.text[at:at + width]
        if len(piece) != width or not all(c in _DIGITS for c in piece):
            return None
        value = int(piece)
        return value if low <= value <= high else None


# ---- marks: which tables may still be opened or extended -------------------------------

class _Marks:
    """Marks on key paths (tuples of str), kept apart from the data because arrays of
    tables share one path for all their items.

    'declared': the table was opened by a [header], an [[array]] item, or made as the
    parent of a dotted key in an earlier section: a [header] may not open it again.
    'sealed': an inline table or array value; it and everything below it is closed."""

    def __init__(self):
        self.declared = set()
        self.sealed = set()
        self.pending = set()     # declared when the next [header] starts

    def is_declared(self, path):
        return path in self.declared

    def is_sealed(self, path):
        return any(path[:n] in self.sealed for n in range(1, len(path) + 1))

    def forget_below(self, path):
        """Drops every mark on `path` and the paths under it."""
        size = len(path)
        self.declared = {p for p in self.declared if p[:size] != path}
        self.sealed = {p for p in self.sealed if p[:size] != path}

    def commit_pending(self):
        self.declared |= self.pending
        self.pending.clear()


class _NotATable(Exception):
    """A key path runs into a value that is not a table."""


def _table_at(root, path, through_arrays=True):
    """The dict at `path` under `root`, making empty ones on the way; with
    `through_arrays`, an array of tables stands for its last item."""
    node = root
    for name in path:
        if name not in node:
            node[name] = {}
        node = node[name]
        if through_arrays and isinstance(node, list):
            node = node[-1]
        if not isinstance(node, dict):
            raise _NotATable
    return node


# ---- the document ---------------------------------------------------------------------

class _Document:
    """One parse: statements line by line, values by recursive descent."""

    def __init__(self, text, parse_float):
        self.cur = _Cursor(text)
        self.parse_float = parse_float
        self.root = {}
        self.marks = _Marks()
        self.section = ()        # the path of the last [header]

    def parse(self):
        cur = self.cur
        while True:
            cur.skip(_SPACE)
            first = cur.peek()
            if first == "":
                break
            if first == "\n":
                cur.at += 1
                continue
            if first in _BARE or first in "\"'":
                self.assignment()
                cur.skip(_SPACE)
            elif first == "[":
                self.marks.commit_pending()
                if cur.peek(1) == "[":
                    self.section = self.array_item_header()
                else:
                    self.section = self.table_header()
                cur.skip(_SPACE)
            elif first != "#":
                raise cur.error("Invalid statement")
            cur.skip_comment()
            following = cur.peek()
            if following == "":
                break
            if following != "\n":
                raise cur.error("Expected newline or end of document after a statement")
            cur.at += 1
        return self.root

    # header: '[' key ']'
    def table_header(self):
        cur, marks = self.cur, self.marks
        cur.at += 1
        cur.skip(_SPACE)
        path = self.key()
        if marks.is_declared(path) or marks.is_sealed(path):
            raise cur.error(f"Cannot declare {path} twice")
        marks.declared.add(path)
        try:
            _table_at(self.root, path)
        except _NotATable:
            raise cur.error("Cannot overwrite a value") from None
        if not cur.looking_at("]"):
            raise cur.error("Expected ']' at the end of a table declaration")
        cur.at += 1
        return path

    # array item header: '[[' key ']]'
    def array_item_header(self):
        cur, marks = self.cur, self.marks
        cur.at += 2
        cur.skip(_SPACE)
        path = self.key()
        if marks.is_sealed(path):
            raise cur.error(f"Cannot mutate immutable namespace {path}")
        # A new item starts afresh: tables declared inside the previous item may be
        # declared again in this one.
        marks.forget_below(path)
        marks.declared.add(path)
        try:
            parent = _table_at(self.root, path[:-1])
            name = path[-1]
            if name not in parent:
                parent[name] = [{}]
            elif isinstance(parent[name], list):
                parent[name].append({})
            else:
                raise _NotATable
        except _NotATable:
            raise cur.error("Cannot overwrite a value") from None
        if not cur.looking_at("]]"):
            raise cur.error("Expected ']]' at the end of an array declaration")
        cur.at += 2
        return path

    # assignment: key '=' value, relative to the current section
    def assignment(self):
        cur, marks = self.cur, self.marks
        path, value = self.key_and_value()
        section = self.section
        for n in range(1, len(path)):
            between = section + path[:n]
            if marks.is_declared(between):
                raise cur.error(f"Cannot redefine namespace {between}")
            marks.pending.add(between)
        parent = section + path[:-1]
        if marks.is_sealed(parent):
            raise cur.error(f"Cannot mutate immutable namespace {parent}")
        try:
            table = _table_at(self.root, parent)
        except _NotATable:
            raise cur.error("Cannot overwrite a value") from None
        if path[-1] in table:
            raise cur.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.sealed.add(section + path)
        table[path[-1]] = value

    def key_and_value(self):
        cur = self.cur
        path = self.key()
        if cur.peek() != "=":
            raise cur.error("Expected '=' after a key in a key/value pair")
        cur.at += 1
        cur.skip(_SPACE)
        return path, self.value()

    # key: part ('.' part)*, spaces allowed around the dots
    def key(self):
        cur = self.cur
        parts = [self.key_part()]
        cur.skip(_SPACE)
        while cur.peek() == ".":
            cur.at += 1
            cur.skip(_SPACE)
            parts.append(self.key_part())
            cur.skip(_SPACE)
        return tuple(parts)

    def key_part(self):
        cur = self.cur
        first = cur.peek()
        if first and first in _BARE:
            start = cur.at
            cur.skip(_BARE)
            return cur.text[start:cur.at]
        if first == "'":
            return self.literal_string()
        if first == '"':
            cur.at += 1
            return self.basic_string(False)
        raise cur.error("Invalid initial character for a key part")

    # ---- values ----

    def value(self):
        cur = self.cur
        first = cur.peek()
        if first == '"':
            if cur.looking_at('"""'):
                return self.block_string('"')
            cur.at += 1
            return self.basic_string(False)
        if first == "'":
            if cur.looking_at("'''"):
                return self.block_string("'")
            return self.literal_string()
        for word, meaning in (("true", True), ("false", False)):
            if cur.looking_at(word):
                cur.at += len(word)
                return meaning
        if first == "[":
            return self.array()
        if first == "{":
            return self.inline_table()
        moment = self.date_or_time()
        if moment is not None:
            return moment
        number = self.number()
        if number is not None:
            return number
        for word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if cur.looking_at(word):
                cur.at += len(word)
                return self.parse_float(word)
        raise cur.error("Invalid value")

    # array: '[' (value (',' value)* ','?)? ']' with blanks and comments anywhere
    def array(self):
        cur = self.cur
        cur.at += 1
        items = []
        cur.skip_blank()
        while not cur.looking_at("]"):
            items.append(self.value())
            cur.skip_blank()
            mark = cur.peek()
            if mark == "]":
                break
            if mark != ",":
                raise cur.error("Unclosed array")
            cur.at += 1
            cur.skip_blank()
        cur.at += 1
        return items

    # inline table: '{' (key '=' value (',' key '=' value)*)? '}' on one line
    def inline_table(self):
        cur = self.cur
        cur.at += 1
        table = {}
        closed = set()           # paths of inner tables and arrays written in full
        cur.skip(_SPACE)
        if cur.looking_at("}"):
            cur.at += 1
            return table
        while True:
            path, value = self.key_and_value()
            if any(path[:n] in closed for n in range(1, len(path) + 1)):
                raise cur.error(f"Cannot mutate immutable namespace {path}")
            try:
                inner = _table_at(table, path[:-1], through_arrays=False)
            except _NotATable:
                raise cur.error("Cannot overwrite a value") from None
            if path[-1] in inner:
                raise cur.error(f"Duplicate inline table key {path[-1]!r}")
            inner[path[-1]] = value
            cur.skip(_SPACE)
            mark = cur.peek()
            if mark == "}":
                cur.at += 1
                return table
            if mark != ",":
                raise cur.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                closed.add(path)
            cur.at += 1
            cur.skip(_SPACE)

    # ---- strings ----

    def literal_string(self):
        cur = self.cur
        cur.at += 1
        start = cur.at
        cur.skip_to("'", _BAD_IN_LINE, True)
        cur.at += 1
        return cur.text[start:cur.at - 1]

    def block_string(self, quote):
        """A multi-line string; the cursor is on its opening triple quote."""
        cur = self.cur
        cur.at += 3
        if cur.peek() == "\n":       # a newline right after the opening is dropped
            cur.at += 1
        if quote == "'":
            start = cur.at
            cur.skip_to("'''", _BAD_IN_BLOCK, True)
            body = cur.text[start:cur.at]
            cur.at += 3
        else:
            body = self.basic_string(True)
        # Up to two quotes right before the closing triple belong to the string.
        for _ in range(2):
            if cur.peek() != quote:
                break
            body += quote
            cur.at += 1
        return body

    def basic_string(self, multiline):
        """The rest of a basic string after its opening quote(s), escapes decoded."""
        cur = self.cur
        text = cur.text
        forbidden = _BAD_IN_BLOCK if multiline else _BAD_IN_LINE
        pieces = []
        start = cur.at
        while True:
            if cur.at >= len(text):
                raise cur.error("Unterminated string")
            char = text[cur.at]
            if char == '"':
                if not multiline or cur.looking_at('"""'):
                    pieces.append(text[start:cur.at])
                    cur.at += 3 if multiline else 1
                    return "".join(pieces)
                cur.at += 1
            elif char == "\\":
                pieces.append(text[start:cur.at])
                pieces.append(self.escape(multiline))
                start = cur.at
            elif char in forbidden:
                raise cur.error(f"Illegal character {char!r}")
            else:
                cur.at += 1

    def escape(self, multiline):
        cur = self.cur
        code = cur.peek(1)
        cur.at += 2
        if multiline and code in " \t\n" and code:
            # A backslash ending a line swallows the line break and the whitespace
            # after it; only spaces may stand between the backslash and the break.
            if code != "\n":
                cur.skip(_SPACE)
                if cur.peek() == "":
                    return ""
                if cur.peek() != "\n":
                    raise cur.error("Unescaped '\\' in a string")
                cur.at += 1
            cur.skip(_SPACE_OR_NEWLINE)
            return ""
        if code in ("u", "U"):
            width = 4 if code == "u" else 8
            digits = cur.text[cur.at:cur.at + width]
            if len(digits) != width or any(c not in _HEX for c in digits):
                raise cur.error("Invalid hex value")
            cur.at += width
            point = int(digits, 16)
            if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
                raise cur.error("Escaped character is not a Unicode scalar value")
            return chr(point)
        if code in _SIMPLE_ESCAPES and code:
            return _SIMPLE_ESCAPES[code]
        raise cur.error("Unescaped '\\' in a string")

    # ---- numbers, dates and times ----

    def number(self):
        """An integer or a float at the cursor, or None when none starts there."""
        cur = self.cur
        text, start = cur.text, cur.at
        radix = cur.peek(1)
        if cur.peek() == "0" and radix in _RADIX_DIGITS:
            end = cur.run_of(_RADIX_DIGITS[radix], start + 2)
            if end > start + 2:
                cur.at = end
                return int(text[start:end], 0)
        at = start + 1 if cur.peek() in ("+", "-") else start
        if text[at:at + 1] == "0":
            at += 1
        else:
            end = cur.run_of(_DIGITS, at)
            if end == at or text[at] == "_":
                return None
            at = end
        whole = at
        if text[at:at + 1] == ".":
            end = cur.run_of(_DIGITS, at + 1)
            if end > at + 1:
                at = end
        if text[at:at + 1] in ("e", "E"):
            digits_at = at + 2 if text[at + 1:at + 2] in ("+", "-") else at + 1
            end = cur.run_of(_DIGITS, digits_at)
            if end > digits_at:
                at = end
        cur.at = at
        if at == whole:
            return int(text[start:at], 0)
        return self.parse_float(text[start:at])

    def time_at(self, at):
        """(end, hour, minute, second, microsecond) of a time written at `at`, or None.
        Digits of a fraction past the sixth are read and dropped."""
        cur = self.cur
        text = cur.text
        hour = cur.number_at(at, 2, 0, 23)
        minute = cur.number_at(at + 3, 2, 0, 59)
        second = cur.number_at(at + 6, 2, 0, 59)
        if (hour is None or minute is None or second is None
                or text[at + 2:at + 3] != ":" or text[at + 5:at + 6] != ":"):
            return None
        end = at + 8
        micro = 0
        if text[end:end + 1] == "." and text[end + 1:end + 2] in tuple(_DIGITS):
            digits_end = end + 1
            while text[digits_end:digits_end + 1] in tuple(_DIGITS):
                digits_end += 1
            micro = int(text[end + 1:digits_end][:6].ljust(6, "0"))
            end = digits_end
        return end, hour, minute, second, micro

    def date_or_time(self):
        """A date, datetime or time at the cursor, or None when none starts there."""
        cur = self.cur
        text, start = cur.text, cur.at
        year = cur.number_at(start, 4, 0, 9999)
        month = cur.number_at(start + 5, 2, 1, 12)
        day = cur.number_at(start + 8, 2, 1, 31)
        if (year is None or month is None or day is None
                or text[start + 4:start + 5] != "-" or text[start + 7:start + 8] != "-"):
            clock = self.time_at(start)
            if clock is None:
                return None
            cur.at = clock[0]
            return _dt.time(*clock[1:])
        clock = None
        if text[start + 10:start + 11] in ("T", "t", " "):
            clock = self.time_at(start + 11)
        try:
            if clock is None:
                moment = _dt.date(year, month, day)
                end = start + 10
            else:
                end, zone = self.zone_at(clock[0])
                moment = _dt.datetime(year, month, day, *clock[1:], tzinfo=zone)
        except ValueError as problem:
            raise cur.error("Invalid date or datetime") from problem
        cur.at = end
        return moment

    def zone_at(self, at):
        """(end, tzinfo or None) of the optional offset written at `at`."""
        cur = self.cur
        sign = cur.text[at:at + 1]
        if sign in ("Z", "z"):
            return at + 1, _dt.timezone.utc
        if sign in ("+", "-"):
            hours = cur.number_at(at + 1, 2, 0, 23)
            minutes = cur.number_at(at + 4, 2, 0, 59)
            if hours is not None and minutes is not None and cur.text[at + 3:at + 4] == ":":
                span = _dt.timedelta(hours=hours, minutes=minutes)
                return at + 6, _dt.timezone(-span if sign == "-" else span)
        return at, None
