"""Regular expressions: a backtracking matcher for the common syntax (classes, escapes
\\d \\w \\s \\b, groups with names, non-capturing groups, alternation, greedy and lazy
quantifiers, anchors, backreferences, lookahead) with re's module functions and
Match objects. Single-character repetitions loop instead of recursing, so long
subjects do not deepen the Python stack."""

__all__ = ["compile", "search", "match", "fullmatch", "findall", "finditer", "sub",
           "subn", "split", "escape", "error", "Pattern", "Match", "IGNORECASE", "I",
           "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A"]

IGNORECASE = I = 2
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64
ASCII = A = 256
UNICODE = U = 32


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pos is not None:
            msg = "%s at position %d" % (msg, pos)
        super().__init__(msg)


def _is_word(ch):
    return ch.isalnum() or ch == "_"


def _is_digit(ch):
    return ch.isdigit()


def _is_space(ch):
    return ch in " \t\n\r\f\v" or ch.isspace()


_CLASS_ESCAPES = {"d": (_is_digit, False), "D": (_is_digit, True), "w": (_is_word, False),
                  "W": (_is_word, True), "s": (_is_space, False), "S": (_is_space, True)}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
                 "0": "\0"}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        alts = self.alternation()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return alts

    def alternation(self):
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return ("alt", alts)

    def sequence(self):
        seq = []
        while True:
            c = self.peek()
            if c is None or c in "|)":
                return seq
            if self.flags & VERBOSE:
                if c in " \t\n\r\f\v":
                    self.i += 1
                    continue
                if c == "#":
                    while self.peek() not in (None, "\n"):
                        self.i += 1
                    continue
            atom = self.atom()
            if atom is None:
                continue
            seq.append(self.quantifier(atom))

    def quantifier(self, atom):
        c = self.peek()
        lo = hi = None
        start = self.i
        if c == "*":
            lo, hi = 0, None
            self.i += 1
        elif c == "+":
            lo, hi = 1, None
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j > 0 and len(parts) <= 2 and all(x.strip().isdigit() or x == "" for x in parts) \
                    and body != "" and body != ",":
                lo = int(parts[0]) if parts[0] else 0
                hi = (int(parts[1]) if parts[1] else None) if len(parts) == 2 else lo
                self.i = j + 1
            else:
                return atom
        else:
            return atom
        if atom[0] in ("bol", "eol", "wordb", "nwordb", "start", "end"):
            self.error("nothing to repeat", start)
        greedy = True
        if self.peek() == "?":
            greedy = False
            self.i += 1
        if self.peek() in ("*", "+", "?") and self.peek() is not None:
            self.error("multiple repeat")
        return ("repeat", atom, lo, hi, greedy)

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.char_class()
        if c == "(":
            return self.group()
        if c == "\\":
            return self.escape(in_class=False)
        if c in "*+?":
            self.error("nothing to repeat", self.i - 1)
        return ("lit", c)

    def group(self):
        idx = None
        name = None
        if self.p.startswith("?:", self.i):
            self.i += 2
        elif self.p.startswith("?P<", self.i):
            j = self.p.find(">", self.i)
            name = self.p[self.i + 3:j]
            self.i = j + 1
            self.ngroups += 1
            idx = self.ngroups
            self.names[name] = idx
        elif self.p.startswith("?P=", self.i):
            j = self.p.find(")", self.i)
            name = self.p[self.i + 3:j]
            self.i = j + 1
            return ("backref", self.names[name])
        elif self.p.startswith("?=", self.i) or self.p.startswith("?!", self.i):
            neg = self.p[self.i + 1] == "!"
            self.i += 2
            body = self.alternation()
            self.expect_close()
            return ("look", body, neg)
        elif self.p[self.i:self.i + 1] == "?" and self.p[self.i + 1:self.i + 2] in tuple("aiLmsux"):
            # Inline flags, (?i) and friends, apply to the whole pattern.
            j = self.i + 1
            letters = {"a": ASCII, "i": IGNORECASE, "m": MULTILINE, "s": DOTALL,
                       "x": VERBOSE, "u": UNICODE, "L": 0}
            while j < len(self.p) and self.p[j] in letters:
                self.flags |= letters[self.p[j]]
                j += 1
            if self.p[j:j + 1] != ")":
                self.error("unknown extension ?" + self.p[self.i + 1:j + 1])
            self.i = j + 1
            return None
        elif self.p.startswith("?#", self.i):
            j = self.p.find(")", self.i)
            self.i = j + 1
            return None
        else:
            self.ngroups += 1
            idx = self.ngroups
        body = self.alternation()
        self.expect_close()
        return ("group", idx, body)

    def expect_close(self):
        if self.peek() != ")":
            self.error("missing ), unterminated subpattern")
        self.i += 1

    def escape(self, in_class):
        if self.i >= len(self.p):
            self.error("bad escape (end of pattern)")
        c = self.p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            fn, neg = _CLASS_ESCAPES[c]
            return ("pred", fn, neg)
        if c in _CHAR_ESCAPES:
            return ("lit", _CHAR_ESCAPES[c])
        if not in_class:
            if c == "b":
                return ("wordb",)
            if c == "B":
                return ("nwordb",)
            if c == "A":
                return ("start",)
            if c == "Z":
                return ("end",)
            if c.isdigit():
                return ("backref", int(c))
        elif c == "b":
            return ("lit", "\b")
        if c == "x":
            code = self.p[self.i:self.i + 2]
            self.i += 2
            return ("lit", chr(int(code, 16)))
        if c == "u":
            code = self.p[self.i:self.i + 4]
            self.i += 4
            return ("lit", chr(int(code, 16)))
        if c.isalnum():
            self.error("bad escape \\%s" % c, self.i - 2)
        return ("lit", c)

    def char_class(self):
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                self.error("unterminated character set")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "\\":
                self.i += 1
                item = self.escape(in_class=True)
            else:
                self.i += 1
                item = ("lit", c)
            if item[0] == "lit" and self.peek() == "-" and self.i + 1 < len(self.p) \
                    and self.p[self.i + 1] != "]":
                self.i += 1
                hi_c = self.p[self.i]
                self.i += 1
                if hi_c == "\\":
                    hi_item = self.escape(in_class=True)
                    hi_c = hi_item[1]
                if ord(hi_c) < ord(item[1]):
                    self.error("bad character range %s-%s" % (item[1], hi_c))
                items.append(("range", item[1], hi_c))
            else:
                items.append(item)
        return ("class", items, negate)


def _class_match(items, ch, icase):
    for it in items:
        kind = it[0]
        if kind == "lit":
            if ch == it[1] or (icase and ch.lower() == it[1].lower()):
                return True
        elif kind == "range":
            if it[1] <= ch <= it[2]:
                return True
            if icase and (it[1] <= ch.lower() <= it[2] or it[1] <= ch.upper() <= it[2]):
                return True
        elif kind == "pred":
            if it[1](ch) != it[2]:
                return True
    return False


class _Matcher:
    def __init__(self, pattern, s, flags, ngroups):
        self.s = s
        self.flags = flags
        self.icase = bool(flags & IGNORECASE)
        self.groups = [None] * (ngroups + 1)

    def single(self, node, pos):
        """For single-character nodes: does the node match s[pos]?"""
        s = self.s
        if pos >= len(s):
            return False
        ch = s[pos]
        kind = node[0]
        if kind == "lit":
            return ch == node[1] or (self.icase and ch.lower() == node[1].lower())
        if kind == "any":
            return ch != "\n" or bool(self.flags & DOTALL)
        if kind == "pred":
            return node[1](ch) != node[2]
        if kind == "class":
            return _class_match(node[1], ch, self.icase) != node[2]
        return False

    def seq(self, nodes, idx, pos, cont):
        while idx < len(nodes):
            node = nodes[idx]
            kind = node[0]
            if kind in ("lit", "any", "pred", "class"):
                if not self.single(node, pos):
                    return None
                pos += 1
                idx += 1
                continue
            if kind == "repeat" and node[1][0] in ("lit", "any", "pred", "class"):
                return self.repeat_single(node, nodes, idx, pos, cont)
            return self.node(node, pos,
                             lambda p, nodes=nodes, idx=idx: self.seq(nodes, idx + 1, p, cont))
        return cont(pos)

    def repeat_single(self, node, nodes, idx, pos, cont):
        _, sub, lo, hi, greedy = node
        n = 0
        limit = len(self.s) - pos if hi is None else min(hi, len(self.s) - pos)
        if greedy:
            while n < limit and self.single(sub, pos + n):
                n += 1
            while n >= lo:
                r = self.seq(nodes, idx + 1, pos + n, cont)
                if r is not None:
                    return r
                n -= 1
            return None
        while n < lo:
            if not self.single(sub, pos + n):
                return None
            n += 1
        while True:
            r = self.seq(nodes, idx + 1, pos + n, cont)
            if r is not None:
                return r
            if n >= limit or not self.single(sub, pos + n):
                return None
            n += 1

    def node(self, node, pos, cont):
        kind = node[0]
        s = self.s
        if kind == "alt":
            for alt in node[1]:
                r = self.seq(alt, 0, pos, cont)
                if r is not None:
                    return r
            return None
        if kind == "group":
            idx = node[1]
            if idx is None:
                return self.node(node[2], pos, cont)
            saved = self.groups[idx]

            def close(p, start=pos):
                old = self.groups[idx]
                self.groups[idx] = (start, p)
                r = cont(p)
                if r is None:
                    self.groups[idx] = old
                return r
            r = self.node(node[2], pos, close)
            if r is None:
                self.groups[idx] = saved
            return r
        if kind == "repeat":
            return self.repeat(node, pos, cont, 0)
        if kind == "bol":
            if pos == 0 or (self.flags & MULTILINE and s[pos - 1] == "\n"):
                return cont(pos)
            return None
        if kind == "eol":
            if pos == len(s) or (pos == len(s) - 1 and s[pos] == "\n") or \
                    (self.flags & MULTILINE and s[pos] == "\n"):
                return cont(pos)
            return None
        if kind == "start":
            return cont(pos) if pos == 0 else None
        if kind == "end":
            return cont(pos) if pos == len(s) else None
        if kind in ("wordb", "nwordb"):
            before = pos > 0 and _is_word(s[pos - 1])
            after = pos < len(s) and _is_word(s[pos])
            at = before != after
            if at == (kind == "wordb"):
                return cont(pos)
            return None
        if kind == "backref":
            g = self.groups[node[1]]
            if g is None:
                return None
            text = s[g[0]:g[1]]
            if s.startswith(text, pos):
                return cont(pos + len(text))
            return None
        if kind == "look":
            r = self.node(node[1], pos, lambda p: p)
            if (r is not None) != node[2]:
                return cont(pos)
            return None
        if self.single(node, pos):
            return cont(pos + 1)
        return None

    def repeat(self, node, pos, cont, count):
        _, sub, lo, hi, greedy = node

        def again(p):
            if p == pos and count >= lo:
                return None  # an empty iteration cannot make progress
            return self.repeat(node, p, cont, count + 1)
        can_more = hi is None or count < hi
        if count < lo:
            return self.node(sub, pos, again)
        if greedy:
            if can_more:
                r = self.node(sub, pos, again)
                if r is not None:
                    return r
            return cont(pos)
        r = cont(pos)
        if r is not None or not can_more:
            return r
        return self.node(sub, pos, again)


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def span(self, group=0):
        g = self._index(group)
        return self._spans[g] if self._spans[g] is not None else (-1, -1)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group") from None
        if not 0 <= g < len(self._spans):
            raise IndexError("no such group")
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            sp = self._spans[self._index(g)]
            values.append(None if sp is None else self.string[sp[0]:sp[1]])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if sp is None else self.string[sp[0]:sp[1]]
                     for sp in self._spans[1:])

    def groupdict(self, default=None):
        return {name: (default if self._spans[i] is None
                       else self.string[self._spans[i][0]:self._spans[i][1]])
                for name, i in self.re.groupindex.items()}

    @property
    def lastindex(self):
        last = None
        for i, sp in enumerate(self._spans[1:], 1):
            if sp is not None:
                last = i
        return last

    def expand(self, template):
        return _expand(self, template)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags | (UNICODE if isinstance(pattern, str) and not flags & ASCII else 0)
        parser = _Parser(pattern, flags)
        self._tree = parser.parse()
        self.flags |= parser.flags
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,) if not (self.flags & ~UNICODE) else \
            "re.compile(%r, %s)" % (self.pattern, _flag_names(self.flags))

    def _match_at(self, string, pos, endpos, full=False):
        m = _Matcher(self, string[:endpos], self.flags, self.groups)
        if full:
            end = m.node(self._tree, pos, lambda p: p if p == endpos else None)
        else:
            end = m.node(self._tree, pos, lambda p: p)
        if end is None:
            return None
        spans = [(pos, end)] + m.groups[1:]
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        return self._match_at(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        return self._match_at(string, pos, endpos, full=True)

    def search(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        for start in range(pos, endpos + 1):
            m = self._match_at(string, start, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        endpos = len(string) if endpos is None else endpos
        start = pos
        while start <= endpos:
            m = self.search(string, start, endpos)
            if m is None:
                return
            yield m
            s, e = m.span()
            start = e if e > s else e + 1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = e
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out


def _flag_names(flags):
    names = []
    for name, value in (("re.IGNORECASE", I), ("re.MULTILINE", M), ("re.DOTALL", S),
                        ("re.VERBOSE", X), ("re.ASCII", A)):
        if flags & value:
            names.append(name)
    return "|".join(names)


def _expand(m, template):
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c == "\\" and i + 1 < len(template):
            d = template[i + 1]
            if d.isdigit():
                j = i + 1
                while j < len(template) and template[j].isdigit() and j < i + 3:
                    j += 1
                out.append(m.group(int(template[i + 1:j])) or "")
                i = j
                continue
            if d == "g" and template[i + 2:i + 3] == "<":
                j = template.index(">", i)
                name = template[i + 3:j]
                out.append(m.group(int(name) if name.isdigit() else name) or "")
                i = j + 1
                continue
            if d in _CHAR_ESCAPES:
                out.append(_CHAR_ESCAPES[d])
            elif d == "\\":
                out.append("\\")
            else:
                out.append("\\" + d)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = Pattern(pattern, flags)
    return p


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    return "".join("\\" + c if not (c.isalnum() or c == "_") and ord(c) < 128 else c
                   for c in pattern)


def purge():
    _cache.clear()
