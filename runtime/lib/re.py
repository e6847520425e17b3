"""Regular expressions with the syntax and matching rules of CPython's re module.

A pattern is parsed into a small tree, compiled into instructions for a backtracking
machine, and run with an explicit stack (never Python recursion per character, so long
subjects cannot hit the recursion limit). Leftmost-first alternation, greedy and lazy
quantifiers, captures that keep their last iteration, and sre's rule for empty matches
(a match may not be empty at the position where the previous empty match ended) make
results equal CPython's.
"""

__all__ = ["compile", "search", "match", "fullmatch", "split", "findall", "finditer",
           "sub", "subn", "escape", "purge", "error", "Pattern", "Match", "A", "I", "L",
           "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """An int with a readable repr (re.IGNORECASE|re.MULTILINE)."""

    _names = {}

    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        if name:
            cls._names[value] = name
        return self

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __repr__(self):
        value = int(self)
        if value in self._names:
            return "re." + self._names[value]
        parts = ["re." + name for bit, name in sorted(self._names.items())
                 if bit and value & bit == bit]
        return "|".join(parts) if parts else "re.NOFLAG"

    __str__ = __repr__


NOFLAG = RegexFlag(0, "NOFLAG")
TEMPLATE = T = RegexFlag(1, "TEMPLATE")
IGNORECASE = I = RegexFlag(2, "IGNORECASE")
LOCALE = L = RegexFlag(4, "LOCALE")
MULTILINE = M = RegexFlag(8, "MULTILINE")
DOTALL = S = RegexFlag(16, "DOTALL")
UNICODE = U = RegexFlag(32, "UNICODE")
VERBOSE = X = RegexFlag(64, "VERBOSE")
DEBUG = RegexFlag(128, "DEBUG")
ASCII = A = RegexFlag(256, "ASCII")

_FLAG_LETTERS = {"i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64, "a": 256}


class error(Exception):
    """A pattern that cannot be compiled; says what and where, as CPython does."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            # Line and column are set for every positioned error; the message names
            # them only when the pattern spans several lines.
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)



# ---- character categories -----------------------------------------------------------


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch < "\x80" and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _is_digit(ch, ascii_only):
    return "0" <= ch <= "9" if ascii_only else ch.isdecimal()


def _is_space(ch, ascii_only):
    if ascii_only:
        return ch in " \t\n\r\f\v"
    return ch.isspace()


_CATEGORY_TESTS = {"d": _is_digit, "w": _is_word, "s": _is_space}


class _CharClass:
    """A set of characters: literals, ranges and categories, maybe negated."""

    __slots__ = ("chars", "ranges", "categories", "negated", "ignorecase", "ascii_only")

    def __init__(self, negated=False, ignorecase=False, ascii_only=False):
        self.chars = set()
        self.ranges = []
        self.categories = []
        self.negated = negated
        self.ignorecase = ignorecase
        self.ascii_only = ascii_only

    def _folds(self, ch):
        # With ASCII, only ASCII letters match regardless of case (as CPython's).
        return self.ignorecase and (not self.ascii_only or ch.isascii())

    def add_char(self, ch):
        self.chars.add(ch)
        if self._folds(ch):
            self.chars.add(ch.lower())
            self.chars.add(ch.upper())

    def matches(self, ch):
        found = ch in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= ch <= hi or self._folds(ch) and (
                        lo <= ch.lower() <= hi or lo <= ch.upper() <= hi):
                    found = True
                    break
        if not found:
            for name, positive in self.categories:
                if _CATEGORY_TESTS[name](ch, self.ascii_only) == positive:
                    found = True
                    break
        return found != self.negated


# ---- parsing ------------------------------------------------------------------------
# The tree: ("lit", ch) ("any",) ("class", _CharClass) ("cat", name, positive)
# ("seq", [nodes]) ("alt", [nodes]) ("group", index or None, node)
# ("repeat", min, max or None, greedy, node) ("assert", kind) ("look", ahead, negate, node)
# ("backref", index) ("empty",)

_REPEAT_CHARS = "*+?{"
_MAXREPEAT = 4294967295
_SPECIAL_CHARS = ".^$*+?{}[]\\|()"
_ESCAPE_CHARS = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                 "v": "\v", "\\": "\\"}


class _Parser:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.pos = 0
        self.flags = flags
        self.group_count = 0
        self.group_names = {}
        self.open_groups = []

    def error(self, msg, pos=None):
        return error(msg, self.pattern, self.pos if pos is None else pos)

    def peek(self):
        return self.pattern[self.pos] if self.pos < len(self.pattern) else None

    def next(self):
        ch = self.pattern[self.pos]
        self.pos += 1
        return ch

    def verbose(self):
        return self.flags & VERBOSE

    def skip_verbose(self):
        pattern = self.pattern
        while self.pos < len(pattern):
            ch = pattern[self.pos]
            if ch in " \t\n\r\f\v":
                self.pos += 1
            elif ch == "#":
                while self.pos < len(pattern) and pattern[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def parse(self):
        node = self.parse_alt()
        if self.pos < len(self.pattern):
            if self.pattern[self.pos] == ")":
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected end of pattern")
        return node

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.parse_seq())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def parse_seq(self):
        items = []
        while True:
            if self.verbose():
                self.skip_verbose()
            ch = self.peek()
            if ch is None or ch in "|)":
                break
            start = self.pos
            atom = self.parse_atom()
            if atom is None:
                continue
            if self.verbose():
                self.skip_verbose()
            ch = self.peek()
            if ch is not None and ch in _REPEAT_CHARS:
                atom = self.parse_repeat(atom, start)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ("seq", items) if items else ("empty",)

    def parse_repeat(self, atom, atom_start):
        while True:
            ch = self.peek()
            if ch is None or ch not in _REPEAT_CHARS:
                return atom
            here = self.pos
            if ch == "{":
                bounds = self.parse_braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                self.pos += 1
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            if atom[0] in ("assert", "empty") or atom[0] == "repeat" and \
                    self.pattern[here - 1] in "*+?}" and here != atom_start:
                if atom[0] == "repeat":
                    raise self.error("multiple repeat", here)
                raise self.error("nothing to repeat", here)
            greedy = True
            if self.peek() == "?":
                self.pos += 1
                greedy = False
            elif self.peek() == "+":
                # A possessive quantifier (3.11): never gives back what it matched.
                self.pos += 1
                atom = ("atomic", ("repeat", lo, hi, True, atom))
                continue
            atom = ("repeat", lo, hi, greedy, atom)
            if self.peek() is not None and self.peek() in "*+?":
                raise self.error("multiple repeat", self.pos)

    def parse_braces(self):
        pattern = self.pattern
        end = pattern.find("}", self.pos)
        if end < 0:
            return None
        body = pattern[self.pos + 1:end]
        lo_text, comma, hi_text = body.partition(",")
        if not (lo_text.isdigit() or lo_text == "") or not (hi_text.isdigit() or
                                                           hi_text == ""):
            return None
        if not comma and not lo_text:
            return None
        lo = int(lo_text) if lo_text else 0
        hi = (int(hi_text) if hi_text else None) if comma else lo
        # Counts are C unsigned ints in CPython's engine; MAXREPEAT itself means "no limit".
        if lo >= _MAXREPEAT or (hi is not None and hi >= _MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if hi is not None and hi < lo:
            raise self.error("min repeat greater than max repeat", self.pos + 1)
        self.pos = end + 1
        return lo, hi

    def parse_atom(self):
        start = self.pos
        ch = self.next()
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("assert", "bol")
        if ch == "$":
            return ("assert", "eol")
        if ch == "(":
            return self.parse_group(start)
        if ch == "[":
            return ("class", self.parse_class(start))
        if ch == "\\":
            return self.parse_escape(start, in_class=False)
        if ch in "*+?":
            raise self.error("nothing to repeat", start)
        if ch == "{" and self.parse_braces_lookahead():
            raise self.error("nothing to repeat", start)
        return ("lit", ch)

    def parse_braces_lookahead(self):
        saved = self.pos
        self.pos -= 1
        try:
            return self.parse_braces() is not None
        finally:
            self.pos = saved

    def parse_group(self, start):
        capture = True
        name = None
        name_start = None
        if self.peek() == "?":
            self.pos += 1
            kind = self.peek()
            if kind is None:
                raise self.error("unexpected end of pattern")
            self.pos += 1
            if kind == ":":
                capture = False
            elif kind == "P":
                marker = self.peek()
                if marker == "<":
                    self.pos += 1
                    name_start = self.pos
                    name = self.parse_name(">")
                elif marker == "=":
                    self.pos += 1
                    ref = self.parse_name(")")
                    if ref not in self.group_names:
                        raise self.error("unknown group name '%s'" % ref,
                                         self.pos - len(ref) - 1)
                    return ("backref", self.group_names[ref])
                else:
                    raise self.error("unknown extension ?P" + (marker or ""), start + 1)
            elif kind == ">":
                node = self.parse_alt()
                self.expect_close(start)
                return ("atomic", node)
            elif kind in "=!":
                node = self.parse_alt()
                self.expect_close(start)
                return ("look", True, kind == "!", node, 0)
            elif kind == "<":
                which = self.peek()
                if which is None:
                    raise self.error("unexpected end of pattern", self.pos)
                if which not in ("=", "!"):
                    # Only look-behinds start with (?<; named groups are (?P<name>...).
                    raise self.error("unknown extension ?<" + which, start + 1)
                else:
                    self.pos += 1
                    node = self.parse_alt()
                    self.expect_close(start)
                    width = _fixed_width(node)
                    if width is None:
                        raise error("look-behind requires fixed-width pattern")
                    return ("look", False, which == "!", node, width)
            elif kind == "#":
                end = self.pattern.find(")", self.pos)
                if end < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.pos = end + 1
                return None
            elif kind in _FLAG_LETTERS or kind == "-":
                return self.parse_inline_flags(kind, start)
            else:
                raise self.error("unknown extension ?" + kind, start + 1)
        index = None
        if capture:
            self.group_count += 1
            index = self.group_count
            if name is not None:
                if name in self.group_names:
                    raise self.error("redefinition of group name %r as group %d; was "
                                     "group %d" % (name, index, self.group_names[name]),
                                     name_start)
                self.group_names[name] = index
        self.open_groups.append(index)
        node = self.parse_alt()
        self.open_groups.pop()
        self.expect_close(start)
        return ("group", index, node)

    def parse_inline_flags(self, first, start):
        on = 0
        off = 0
        ch = first
        turning_off = False
        while True:
            if ch == "-":
                turning_off = True
            elif ch in _FLAG_LETTERS:
                if turning_off:
                    off |= _FLAG_LETTERS[ch]
                else:
                    on |= _FLAG_LETTERS[ch]
            elif ch == ")":
                if turning_off:
                    raise self.error("missing :", self.pos - 1)
                if start != 0 and not self.verbose():
                    raise self.error("global flags not at the start of the expression",
                                     start)
                self.flags |= on
                return None
            elif ch == ":":
                saved = self.flags
                self.flags = (self.flags | on) & ~off
                node = self.parse_alt()
                self.flags = saved
                self.expect_close(start)
                return ("flags", on, off, node)
            else:
                raise self.error("unknown flag" if ch.isalpha() else "missing -, : or )",
                                 self.pos - 1)
            if self.pos >= len(self.pattern):
                raise self.error("missing -, : or )")
            ch = self.next()

    def parse_name(self, terminator):
        end = self.pattern.find(terminator, self.pos)
        if end < 0:
            raise self.error("missing %s, unterminated name" % terminator)
        name = self.pattern[self.pos:end]
        if not name:
            raise self.error("missing group name")
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name)
        self.pos = end + 1
        return name

    def expect_close(self, start):
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.pos += 1

    def parse_escape(self, start, in_class):
        if self.pos >= len(self.pattern):
            raise self.error("bad escape (end of pattern)", start)
        ch = self.next()
        ascii_only = bool(self.flags & ASCII)
        if ch in "dwsDWS":
            return ("cat", ch.lower(), ch.islower())
        if ch in _ESCAPE_CHARS and not (ch == "b" and not in_class):
            return ("lit", _ESCAPE_CHARS[ch])
        if not in_class:
            if ch == "A":
                return ("assert", "bos")
            if ch == "Z":
                return ("assert", "eos")
            if ch == "b":
                return ("assert", "word")
            if ch == "B":
                return ("assert", "nonword")
        if ch == "x":
            return ("lit", chr(self.parse_hex(2, start)))
        if ch == "u":
            return ("lit", chr(self.parse_hex(4, start)))
        if ch == "U":
            code = self.parse_hex(8, start)
            if code > 0x10FFFF:
                raise self.error("bad escape \\U%08x" % code, start)
            return ("lit", chr(code))
        if ch == "N":
            raise self.error("bad escape \\N", start)
        if ch == "0":
            digits = "0"
            while len(digits) < 3 and self.peek() is not None and self.peek() in "01234567":
                digits += self.next()
            return ("lit", chr(int(digits, 8)))
        if ch.isdigit() and ch in "123456789":
            digits = ch
            if not in_class:
                if self.peek() is not None and self.peek().isdigit():
                    if ch in "01234567" and self.peek() in "01234567" and \
                            self.pos + 1 < len(self.pattern) and \
                            self.pattern[self.pos + 1] in "01234567":
                        digits += self.next() + self.next()
                        code = int(digits, 8)
                        if code > 0o377:
                            raise self.error("octal escape value \\%s outside of range "
                                             "0-0o377" % digits, start)
                        return ("lit", chr(code))
                    digits += self.next()
                group = int(digits)
                if group > self.group_count:
                    raise self.error("invalid group reference %d" % group, start + 1)
                if group in self.open_groups:
                    raise self.error("cannot refer to an open group", start)
                return ("backref", group)
            if ch in "01234567":
                while len(digits) < 3 and self.peek() is not None and \
                        self.peek() in "01234567":
                    digits += self.next()
                return ("lit", chr(int(digits, 8)))
            raise self.error("bad escape \\%s" % ch, start)
        if ch.isascii() and ch.isalnum():
            raise self.error("bad escape \\%s" % ch, start)
        return ("lit", ch)

    def parse_hex(self, count, start):
        digits = self.pattern[self.pos:self.pos + count]
        if len(digits) != count or any(c not in "0123456789abcdefABCDEF" for c in digits):
            escape = self.pattern[start:self.pos + len(digits)]
            raise self.error("incomplete escape %s" % escape, start)
        self.pos += count
        return int(digits, 16)

    def parse_class(self, start):
        negated = False
        if self.peek() == "^":
            self.pos += 1
            negated = True
        cls = _CharClass(negated, bool(self.flags & IGNORECASE), bool(self.flags & ASCII))
        first = True
        while True:
            if self.pos >= len(self.pattern):
                raise self.error("unterminated character set", start)
            item_start = self.pos
            ch = self.next()
            if ch == "]" and not first:
                return cls
            first = False
            if ch == "\\":
                node = self.parse_escape(item_start, in_class=True)
                if node[0] == "cat":
                    after = self.pos + 1
                    if self.peek() == "-" and after < len(self.pattern) and \
                            self.pattern[after] != "]":
                        # A class such as \d cannot start a range: [\d-z].
                        that = self.pattern[after:after + 2] \
                            if self.pattern[after] == "\\" else self.pattern[after]
                        raise self.error("bad character range %s-%s" % (
                            self.pattern[item_start:self.pos], that), item_start)
                    cls.categories.append((node[1], node[2]))
                    continue
                lo = node[1]
            else:
                lo = ch
            if self.peek() == "-" and self.pos + 1 < len(self.pattern) and \
                    self.pattern[self.pos + 1] != "]":
                self.pos += 1
                hi_start = self.pos
                hi_ch = self.next()
                if hi_ch == "\\":
                    node = self.parse_escape(hi_start, in_class=True)
                    if node[0] == "cat":
                        raise self.error("bad character range %s" %
                                         self.pattern[item_start:self.pos], item_start)
                    hi = node[1]
                else:
                    hi = hi_ch
                if hi < lo:
                    raise self.error("bad character range %s" %
                                     self.pattern[item_start:self.pos], item_start)
                cls.ranges.append((lo, hi))
            else:
                cls.add_char(lo)


def _fixed_width(node):
    """The number of characters node always matches, or None if it varies."""
    kind = node[0]
    if kind in ("lit", "any", "class", "cat"):
        return 1
    if kind in ("assert", "look", "empty"):
        return 0
    if kind == "seq":
        total = 0
        for item in node[1]:
            width = _fixed_width(item)
            if width is None:
                return None
            total += width
        return total
    if kind == "alt":
        widths = {_fixed_width(item) for item in node[1]}
        return widths.pop() if len(widths) == 1 else None
    if kind == "group":
        return _fixed_width(node[2])
    if kind == "atomic":
        return _fixed_width(node[1])
    if kind == "flags":
        return _fixed_width(node[3])
    if kind == "repeat":
        if node[1] == node[2]:
            width = _fixed_width(node[4])
            return None if width is None else width * node[1]
        return None
    return None


# ---- compiling to instructions ------------------------------------------------------
# Opcodes (first item of each instruction tuple).
_CHAR, _CHARI, _ANY, _ANYNL, _CLASS, _CAT, _SPLIT, _JMP, _SAVE, _ASSERT, _LOOK, \
    _BACKREF, _MARK, _LOOPBACK, _MATCH, _STRING, _ATOMIC = range(17)


class _Compiler:
    def __init__(self, flags, ngroups):
        self.code = []
        self.flags = flags
        self.nregisters = 0

    def emit(self, *instruction):
        self.code.append(list(instruction))
        return len(self.code) - 1

    def compile(self, node):
        kind = node[0]
        flags = self.flags
        if kind == "lit":
            if flags & IGNORECASE and node[1].lower() != node[1].upper() and \
                    (node[1].isascii() or not flags & ASCII):
                self.emit(_CHARI, node[1].lower())
            else:
                self.emit(_CHAR, node[1])
        elif kind == "any":
            self.emit(_ANY if flags & DOTALL else _ANYNL)
        elif kind == "class":
            self.emit(_CLASS, node[1])
        elif kind == "cat":
            self.emit(_CAT, _CATEGORY_TESTS[node[1]], node[2], bool(flags & ASCII))
        elif kind == "seq":
            self.compile_seq(node[1])
        elif kind == "alt":
            jumps = []
            branches = node[1]
            for index, branch in enumerate(branches):
                if index < len(branches) - 1:
                    split = self.emit(_SPLIT, 0, 0)
                    self.code[split][1] = len(self.code)
                    self.compile(branch)
                    jumps.append(self.emit(_JMP, 0))
                    self.code[split][2] = len(self.code)
                else:
                    self.compile(branch)
            for jump in jumps:
                self.code[jump][1] = len(self.code)
        elif kind == "group":
            if node[1] is None:
                self.compile(node[2])
            else:
                self.emit(_SAVE, 2 * node[1])
                self.compile(node[2])
                self.emit(_SAVE, 2 * node[1] + 1)
        elif kind == "flags":
            saved = self.flags
            self.flags = (self.flags | node[1]) & ~node[2]
            self.compile(node[3])
            self.flags = saved
        elif kind == "repeat":
            self.compile_repeat(*node[1:])
        elif kind == "assert":
            self.emit(_ASSERT, node[1], bool(flags & MULTILINE), bool(flags & ASCII))
        elif kind == "look":
            sub = _Compiler(self.flags, 0)
            sub.compile(node[3])
            sub.emit(_MATCH)
            self.nregisters = max(self.nregisters, sub.nregisters)
            self.emit(_LOOK, node[1], node[2], sub.code, node[4])
        elif kind == "backref":
            self.emit(_BACKREF, node[1], bool(flags & IGNORECASE))
        elif kind == "atomic":
            sub = _Compiler(self.flags, 0)
            sub.compile(node[1])
            sub.emit(_MATCH)
            self.nregisters = max(self.nregisters, sub.nregisters)
            self.emit(_ATOMIC, sub.code)
        elif kind == "empty":
            pass
        else:
            raise AssertionError(kind)

    def compile_seq(self, items):
        # Runs of plain characters become one string comparison.
        run = []

        def flush():
            if len(run) > 1:
                self.emit(_STRING, "".join(run))
            elif run:
                self.emit(_CHAR, run[0])
            run.clear()
        for item in items:
            if item[0] == "lit" and not (self.flags & IGNORECASE and
                                         item[1].lower() != item[1].upper()):
                run.append(item[1])
                continue
            flush()
            self.compile(item)
        flush()

    def compile_repeat(self, lo, hi, greedy, body):
        for _ in range(lo):
            self.compile(body)
        if hi is None:
            register = self.nregisters
            self.nregisters += 1
            loop = self.emit(_SPLIT, 0, 0)
            start = len(self.code)
            self.emit(_MARK, register)
            self.compile(body)
            self.emit(_LOOPBACK, register, loop, 0)
            end = len(self.code)
            self.code[end - 1][3] = end
            self.code[loop][1:] = [start, end] if greedy else [end, start]
        else:
            splits = []
            for _ in range(hi - lo):
                split = self.emit(_SPLIT, 0, 0)
                splits.append(split)
                self.code[split][1] = len(self.code)
                self.compile(body)
            end = len(self.code)
            for split in splits:
                target = self.code[split][1]
                self.code[split][1:] = [target, end] if greedy else [end, target]


# ---- running ------------------------------------------------------------------------

def _assert_holds(kind, multiline, ascii_only, s, i, end):
    if kind == "bol":
        return i == 0 or multiline and s[i - 1] == "\n"
    if kind == "eol":
        if i == end or (i == end - 1 and s[i] == "\n"):
            return True
        return multiline and i < end and s[i] == "\n"
    if kind == "bos":
        return i == 0
    if kind == "eos":
        return i == end
    before = i > 0 and _is_word(s[i - 1], ascii_only)
    after = i < end and _is_word(s[i], ascii_only)
    return (before != after) == (kind == "word")


def _run(code, s, start, end, nslots, nregisters, must_advance=False, full=False):
    """Tries to match code at s[start:]; returns the capture slots or None."""
    slots = [-1] * nslots
    registers = [-1] * nregisters
    stack = []  # choice points (pc, i) and undo records (-1 - slot, old value)
    pc = 0
    i = start
    while True:
        op = code[pc]
        kind = op[0]
        ok = True
        if kind == _CHAR:
            if i < end and s[i] == op[1]:
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _STRING:
            text = op[1]
            if s.startswith(text, i) and i + len(text) <= end:
                i += len(text)
                pc += 1
            else:
                ok = False
        elif kind == _SPLIT:
            stack.append((op[2], i))
            pc = op[1]
        elif kind == _JMP:
            pc = op[1]
        elif kind == _ANYNL:
            if i < end and s[i] != "\n":
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _ANY:
            if i < end:
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _CLASS:
            if i < end and op[1].matches(s[i]):
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _CAT:
            if i < end and op[1](s[i], op[3]) == op[2]:
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _CHARI:
            if i < end and s[i].lower() == op[1]:
                i += 1
                pc += 1
            else:
                ok = False
        elif kind == _SAVE:
            slot = op[1]
            stack.append((-1 - slot, slots[slot]))
            slots[slot] = i
            if slot & 1:
                # Remember which group closed last (Match.lastindex).
                stack.append((-nslots, slots[nslots - 1]))
                slots[nslots - 1] = slot >> 1
            pc += 1
        elif kind == _MARK:
            register = op[1]
            stack.append((-1 - nslots - register, registers[register]))
            registers[register] = i
            pc += 1
        elif kind == _LOOPBACK:
            # An iteration that consumed nothing ends the loop (sre's rule), instead of
            # looping forever or failing.
            pc = op[3] if registers[op[1]] == i else op[2]
        elif kind == _ASSERT:
            if _assert_holds(op[1], op[2], op[3], s, i, end):
                pc += 1
            else:
                ok = False
        elif kind == _LOOK:
            ahead, negate, sub, width = op[1], op[2], op[3], op[4]
            if ahead:
                result = _run(sub, s, i, end, nslots, nregisters)
            elif i - width >= 0:
                result = _run(sub, s, i - width, i, nslots, nregisters, full=True)
            else:
                result = None
            if (result is None) == negate:
                if result is not None and not negate:
                    for slot, value in enumerate(result):
                        if value != -1 and value != slots[slot]:
                            stack.append((-1 - slot, slots[slot]))
                            slots[slot] = value
                pc += 1
            else:
                ok = False
        elif kind == _ATOMIC:
            # Matched once, in a run of its own: no choice point inside survives.
            result = _run(op[1], s, i, end, nslots, nregisters)
            if result is None:
                ok = False
            else:
                for slot in range(2, nslots):
                    value = result[slot]
                    if value != -1 and value != slots[slot]:
                        stack.append((-1 - slot, slots[slot]))
                        slots[slot] = value
                i = result[1]
                pc += 1
        elif kind == _BACKREF:
            a, b = slots[2 * op[1]], slots[2 * op[1] + 1]
            if a < 0 or b < 0:
                ok = False
            else:
                text = s[a:b]
                candidate = s[i:i + len(text)]
                if i + len(text) <= end and (candidate == text or op[2] and
                                             candidate.lower() == text.lower()):
                    i += len(text)
                    pc += 1
                else:
                    ok = False
        elif kind == _MATCH:
            if (must_advance and i == start) or (full and i != end):
                ok = False
            else:
                slots[0] = start
                slots[1] = i
                return slots
        if ok:
            continue
        while True:
            if not stack:
                return None
            target, value = stack.pop()
            if target >= 0:
                pc = target
                i = value
                break
            index = -1 - target
            if index < nslots:
                slots[index] = value
            else:
                registers[index - nslots] = value


# ---- the public objects -------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        # A bytes pattern runs on the latin-1 text of its bytes (one character per
        # byte, so offsets are byte offsets) with ASCII semantics for \w, \d, \s, \b
        # and case folding, as CPython's bytes patterns have; results turn back into
        # bytes (Match slices the original bytes).
        self._bytes = isinstance(pattern, bytes)
        forced = 0
        if self._bytes:
            if int(flags) & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            forced = 0 if int(flags) & ASCII else int(ASCII)
            pattern = pattern.decode("latin-1")
        parser = _Parser(pattern, int(flags) | forced)
        tree = parser.parse()
        # A plain int, as in CPython (only the flags given to compile() are RegexFlags).
        if self._bytes:
            self.flags = int(parser.flags & ~forced)
        else:
            self.flags = int(parser.flags | UNICODE if not parser.flags & ASCII
                             else parser.flags)
        self.groups = parser.group_count
        self.groupindex = dict(parser.group_names)
        compiler = _Compiler(parser.flags, self.groups)
        compiler.compile(tree)
        compiler.emit(_MATCH)
        self._code = compiler.code
        # Two slots per group (group 0 is the whole match), then the last group closed.
        self._nslots = 2 * (self.groups + 1) + 1
        self._nregisters = compiler.nregisters
        first = self._code[0]
        self._prefix = first[1] if first[0] in (_CHAR, _STRING) else None

    def __repr__(self):
        text = "re.compile(%r" % (self.pattern,)
        flags = int(self.flags) & ~int(UNICODE)
        if flags:
            text += ", %r" % (RegexFlag(flags),)
        return text + ")"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and \
            self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def _bounds(self, string, pos, endpos):
        """(text to match in, pos, endpos): the text is the string itself, or for a
        bytes pattern the latin-1 text of the bytes."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            text = string
        elif isinstance(string, (bytes, bytearray)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            text = bytes(string).decode("latin-1")
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        n = len(text)
        if endpos is None or endpos > n:
            endpos = n
        pos = max(0, min(pos, n))
        return text, pos, max(endpos, 0)

    def _match_at(self, string, start, end, must_advance=False, full=False):
        return _run(self._code, string, start, end, self._nslots, self._nregisters,
                    must_advance, full)

    def _search(self, text, pos, endpos, must_advance, string):
        prefix = self._prefix
        start = pos
        while start <= endpos:
            if prefix is not None:
                start = text.find(prefix, start, endpos)
                if start < 0:
                    return None
            slots = self._match_at(text, start, endpos, must_advance and start == pos)
            if slots is not None:
                return Match(self, string, pos, endpos, slots)
            start += 1
        return None

    def match(self, string, pos=0, endpos=None):
        text, pos, endpos = self._bounds(string, pos, endpos)
        slots = self._match_at(text, pos, endpos)
        return None if slots is None else Match(self, string, pos, endpos, slots)

    def fullmatch(self, string, pos=0, endpos=None):
        text, pos, endpos = self._bounds(string, pos, endpos)
        slots = self._match_at(text, pos, endpos, full=True)
        return None if slots is None else Match(self, string, pos, endpos, slots)

    def search(self, string, pos=0, endpos=None):
        text, pos, endpos = self._bounds(string, pos, endpos)
        return self._search(text, pos, endpos, False, string)

    def finditer(self, string, pos=0, endpos=None):
        text, pos, endpos = self._bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            m = self._search(text, pos, endpos, must_advance, string)
            if m is None:
                return
            yield m
            must_advance = m.end() == m.start()
            pos = m.end()

    def findall(self, string, pos=0, endpos=None):
        result = []
        empty = b"" if self._bytes else ""
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group(0))
            elif self.groups == 1:
                result.append(m.group(1) or empty)
            else:
                result.append(tuple(g or empty for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            pieces.append(string[last:m.start()])
            pieces.extend(m.groups())
            last = m.end()
            count += 1
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        kind = (bytes, bytearray) if self._bytes else str
        if callable(repl):
            expand = repl
        elif self._bytes and isinstance(repl, str):
            expand = lambda m: repl  # noqa: E731 (refused below, as CPython's join does)
        else:
            template = _parse_template(repl, self)
            expand = lambda m: _expand_template(template, m)  # noqa: E731
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            if m.start() > last or not self._bytes:
                pieces.append(string[last:m.start()])
            replacement = expand(m)
            if replacement is not None:
                if not isinstance(replacement, kind):
                    if self._bytes:
                        # CPython joins the non-empty pieces and fails on this one.
                        raise TypeError("sequence item %d: expected a bytes-like object, "
                                        "%s found" % (len(pieces),
                                                      type(replacement).__name__))
                    raise TypeError("expected str instance, %s found"
                                    % type(replacement).__name__)
                pieces.append(replacement)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        if self._bytes:
            return b"".join(bytes(piece) for piece in pieces), n
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not available in Taskscope")


class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, pos, endpos, slots):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._slots = slots
        last = slots[-1]
        self.lastindex = last = None if last <= 0 else last
        self.lastgroup = None
        if last is not None:
            for name, index in pattern.groupindex.items():
                if index == last:
                    self.lastgroup = name

    def _index(self, group):
        if isinstance(group, str):
            try:
                return self.re.groupindex[group]
            except KeyError:
                raise IndexError("no such group") from None
        try:
            index = group.__index__()
        except AttributeError:
            raise IndexError("no such group") from None
        if not 0 <= index <= self.re.groups:
            raise IndexError("no such group")
        return index

    def span(self, group=0):
        index = self._index(group)
        return self._slots[2 * index], self._slots[2 * index + 1]

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _get(self, index, default=None):
        a, b = self._slots[2 * index], self._slots[2 * index + 1]
        if a < 0 or b < 0:
            return default
        if self.re._bytes:
            return bytes(self.string[a:b])
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default)
                for name, index in self.re.groupindex.items()}

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def __repr__(self):
        # CPython shows at most 50 characters of the matched text's repr.
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __bool__(self):
        return True


def _parse_template(repl, pattern):
    """Splits a replacement string into literal text and group references (for a
    bytes pattern, literal bytes)."""
    if pattern._bytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found"
                            % type(repl).__name__)
        items = _parse_template(bytes(repl).decode("latin-1"), _TextView(pattern))
        return [item.encode("latin-1") if isinstance(item, str) else item
                for item in items]
    if not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    items = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        ch = repl[i]
        i += 1
        if ch != "\\":
            literal.append(ch)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        ch = repl[i]
        i += 1
        if ch == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            end = repl.find(">", i)
            if end < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:end]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 1)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            i = end + 1
        elif ch == "0":
            digits = ch
            while len(digits) < 3 and i < n and repl[i] in "01234567":
                digits += repl[i]
                i += 1
            literal.append(chr(int(digits, 8)))
            continue
        elif ch.isdigit():
            digits = ch
            if i < n and repl[i].isdigit():
                digits += repl[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i - len(digits))
        elif ch in _ESCAPE_CHARS:
            literal.append(_ESCAPE_CHARS[ch])
            continue
        elif ch.isascii() and ch.isalpha():
            raise error("bad escape \\%s" % ch, repl, i - 2)
        else:
            literal.append("\\" + ch)
            continue
        if literal:
            items.append("".join(literal))
            literal = []
        items.append(index)
    if literal:
        items.append("".join(literal))
    return items


class _TextView:
    """A bytes pattern seen as a text one, to parse its replacement template."""

    _bytes = False

    def __init__(self, pattern):
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex


def _expand_template(template, m):
    if m.re._bytes:
        return b"".join(item if isinstance(item, bytes) else (m.group(item) or b"")
                        for item in template)
    return "".join(item if isinstance(item, str) else (m.group(item) or "")
                   for item in template)


# ---- module functions ---------------------------------------------------------------

_cache = {}


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object (cached)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, int(flags))
    found = _cache.get(key)
    if found is None:
        if len(_cache) >= 512:
            _cache.clear()
        found = _cache[key] = Pattern(pattern, flags)
    return found


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Backslash-escapes every character that has a meaning in a pattern."""
    if isinstance(pattern, str):
        return "".join("\\" + ch if ch in _SPECIAL else ch for ch in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text).encode("latin-1")
