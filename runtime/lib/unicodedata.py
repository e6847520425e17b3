"""unicodedata: the Unicode 14.0.0 character database, as CPython 3.11's module answers
it. The data is _unicodedata_db.py and, for the names, _unicodedata_names.py (generated
by scripts/gen_unicodedata.py, which describes how it is encoded); this module reads it
in place, loading the names and decoding a table only on the first call that needs it. The Hangul syllables' names and decompositions and the
CJK unified ideographs' names are computed, as the Unicode standard defines them.

Not provided: ucd_3_2_0 (the Unicode 3.2 database that IDNA encoding uses) and the
UCD type."""

import _unicodedata_db as _db

__all__ = ["bidirectional", "category", "combining", "decimal", "decomposition",
           "digit", "east_asian_width", "is_normalized", "lookup", "mirrored", "name",
           "normalize", "numeric", "unidata_version"]

unidata_version = "14.0.0"

_MISSING = object()


def _table(function):
    """The text of one of the database's tables (stored as a docstring)."""
    return function.__doc__


def _alphabet(runs=_db.ALPHABET_RUNS):
    """The characters that stand for small integers in the tables, in value order."""
    skip = _db.ALPHABET_SKIP
    return [chr(c) for low, high in runs for c in range(low, high + 1) if chr(c) not in skip]


# The value of each character of the alphabet's one- and two-byte part, by code point:
# enough for every table but the names.
_VALUE = [0] * (_db.ALPHABET_RUNS[2][1] + 1)
for _i, _c in enumerate(_alphabet(_db.ALPHABET_RUNS[:3])):
    _VALUE[ord(_c)] = _i
_BYTES = bytes.maketrans(_db.BYTE_CHARS, bytes(range(256)))


def _bytes(function):
    """A table of bytes (one Latin-1 character a value, see the generator)."""
    return _table(function).encode("latin-1").translate(_BYTES)


_PAGE_OF = _bytes(_db.PAGE_OF)
_PAGES = _bytes(_db.PAGES)
_RECORDS = []
for _record in _table(_db.RECORDS).split(";"):
    _cat, _bidi, _comb, _width, _mirr = _record.split(",")
    _RECORDS.append((_cat, _bidi, int(_comb), _width, int(_mirr)))
del _i, _c, _record, _cat, _bidi, _comb, _width, _mirr


def _code(function, ch, position=None):
    """The code point of ch, which must be a string of one character, else the
    TypeError CPython's argument parser raises for `function`."""
    if isinstance(ch, str) and len(ch) == 1:
        return ord(ch)
    what = "None" if ch is None else type(ch).__name__
    argument = "argument" if position is None else "argument %d" % position
    raise TypeError("%s() %s must be a unicode character, not %s" % (function, argument, what))


def _record(cp):
    index = (_PAGE_OF[cp >> _db.SHIFT] << _db.SHIFT) + (cp & ((1 << _db.SHIFT) - 1))
    return _RECORDS[_PAGES[index]]


def category(chr, /):
    """The general category of chr, e.g. 'Lu' ('Cn' if unassigned)."""
    return _record(_code("category", chr))[0]


def bidirectional(chr, /):
    """The bidirectional class of chr, e.g. 'L' ('' if unassigned)."""
    return _record(_code("bidirectional", chr))[1]


def combining(chr, /):
    """The canonical combining class of chr (0 if none)."""
    return _record(_code("combining", chr))[2]


def east_asian_width(chr, /):
    """The east asian width of chr: 'F', 'H', 'W', 'Na', 'A' or 'N'."""
    return _record(_code("east_asian_width", chr))[3]


def mirrored(chr, /):
    """1 if chr is mirrored in bidirectional text, else 0."""
    return _record(_code("mirrored", chr))[4]


# ---- numeric values -----------------------------------------------------------------
_numeric = None


def _numeric_of(cp):
    """(decimal, digit, numeric) of a code point, None where the value is absent."""
    global _numeric
    if _numeric is None:
        chars = iter(_table(_db.NUMERIC))
        _numeric = {ord(ch): _db.NUMERIC_VALUES[_VALUE[ord(value)]]
                    for ch, value in zip(chars, chars)}
    return _numeric.get(cp, (None, None, None))


def _numeric_value(function, which, message, chr, default):
    value = _numeric_of(_code(function, chr, 1))[which]
    if value is not None:
        return value
    if default is _MISSING:
        raise ValueError(message)
    return default


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of chr; default, or ValueError, if it has none."""
    return _numeric_value("decimal", 0, "not a decimal", chr, default)


def digit(chr, default=_MISSING, /):
    """The digit value of chr; default, or ValueError, if it has none."""
    return _numeric_value("digit", 1, "not a digit", chr, default)


def numeric(chr, default=_MISSING, /):
    """The numeric value of chr as a float; default, or ValueError, if it has none."""
    return _numeric_value("numeric", 2, "not a numeric character", chr, default)


# ---- decompositions -----------------------------------------------------------------
_decompositions = None   # code point -> (tag index, the mapping as a string)


def _decomposition_table():
    global _decompositions
    if _decompositions is None:
        # Read in order: our strings index fast only that way (see the generator).
        chars, table = iter(_table(_db.DECOMPOSITIONS)), {}
        for ch in chars:
            tag, length = divmod(_VALUE[ord(next(chars))], 32)
            table[ord(ch)] = (tag, "".join([next(chars) for _ in range(length)]))
        _decompositions = table
    return _decompositions


def decomposition(chr, /):
    """The decomposition mapping of chr as the database writes it, e.g.
    '<compat> 0020 0308' ('' if none)."""
    entry = _decomposition_table().get(_code("decomposition", chr))
    if entry is None:
        return ""
    tag = _db.DECOMPOSITION_TAGS[entry[0]]
    codes = " ".join("%04X" % ord(c) for c in entry[1])
    return tag + " " + codes if tag else codes


# ---- names --------------------------------------------------------------------------
# The Hangul syllables' names are built from their jamo's short names (Unicode's
# Jamo.txt): initial consonant, vowel and optional final consonant.
_HANGUL_FIRST, _HANGUL_COUNT = 0xAC00, 11172
_JAMO_L = "G GG N D DD R M B BB S SS  J JJ C K T P H".split(" ")
_JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split(" ")
_JAMO_T = ("", *"G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split(" "))
_HANGUL_PREFIX = "HANGUL SYLLABLE "
_CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"


class _Names:
    """The stored names, decoded on first use: by index in code point order (a chunk
    at a time) and, for lookup(), all of them into a dictionary."""

    def __init__(self):
        self.starts, self.firsts = [], []   # each run's first code point and index
        self.ends = []
        import _unicodedata_names as names
        self.db = names
        count = 0
        for run in _table(names.NAMED_RUNS).split(","):
            start, length = run.split(":")
            start, length = int(start, 16), int(length, 16)
            self.starts.append(start)
            self.ends.append(start + length)
            self.firsts.append(count)
            count += length
        self.chunks = _table(names.NAMES).split("|")
        alphabet = _alphabet()
        self.word_of = dict(zip(alphabet, _table(names.WORDS).split(" ")))
        self.shared_of = {c: i for i, c in enumerate(alphabet[:64])}
        self.by_name = None

    def index(self, cp):
        """The place of cp's name among the stored ones, or None."""
        import bisect
        run = bisect.bisect_right(self.starts, cp) - 1
        if run < 0 or cp >= self.ends[run]:
            return None
        return self.firsts[run] + cp - self.starts[run]

    def decode_chunk(self, chunk, last=None):
        """The names of one chunk (up to its `last`-th), as lists of words."""
        names, words = [], []
        for entry in self.chunks[chunk].split(" ")[:last]:
            words = words[:self.shared_of[entry[0]]] + [self.word_of[c] for c in entry[1:]]
            names.append(words)
        return names

    def name(self, index):
        chunk, place = divmod(index, self.db.CHUNK)
        return " ".join(self.decode_chunk(chunk, place + 1)[place])

    def code_of(self, name):
        """The stored name's string (a character, or a named sequence), or None."""
        if self.by_name is None:
            table = {}
            cps = [cp for start, end in zip(self.starts, self.ends) for cp in range(start, end)]
            index = 0
            for chunk in range(len(self.chunks)):
                for words in self.decode_chunk(chunk):
                    table[" ".join(words)] = chr(cps[index])
                    index += 1
            for entry in _table(self.db.EXTRA_NAMES).split(";"):
                alias, codes = entry.split(":")
                table[alias] = "".join(chr(int(code, 16)) for code in codes.split(" "))
            self.by_name = table
        return self.by_name.get(name)


_names = None


def _stored_names():
    global _names
    if _names is None:
        _names = _Names()
    return _names


def name(chr, default=_MISSING, /):
    """The name of chr; default, or ValueError, if it has none."""
    cp = _code("name", chr, 1)
    found = None
    if 0 <= cp - _HANGUL_FIRST < _HANGUL_COUNT:
        rest, t = divmod(cp - _HANGUL_FIRST, len(_JAMO_T))
        l, v = divmod(rest, len(_JAMO_V))
        found = _HANGUL_PREFIX + _JAMO_L[l] + _JAMO_V[v] + _JAMO_T[t]
    elif any(low <= cp <= high for low, high in _db.CJK_UNIFIED_RANGES):
        found = _CJK_PREFIX + "%04X" % cp
    else:
        for low, high, prefix in _db.HEX_NAMED:
            if low <= cp <= high:
                found = prefix + "%04X" % cp
                break
        else:
            names = _stored_names()
            index = names.index(cp)
            if index is not None:
                found = names.name(index)
    if found is not None:
        return found
    if default is _MISSING:
        raise ValueError("no such name")
    return default


def _longest_prefix(text, choices):
    """The longest of choices that text starts with (index and length), or None."""
    best = None
    for i, choice in enumerate(choices):
        if text.startswith(choice) and (best is None or len(choice) > best[1]):
            best = (i, len(choice))
    return best


def _hangul(rest):
    """The syllable whose name is HANGUL SYLLABLE + rest, or None."""
    found = []
    for choices in (_JAMO_L, _JAMO_V, _JAMO_T):
        best = _longest_prefix(rest, choices)
        if best is None:
            return None
        found.append(best[0])
        rest = rest[best[1]:]
    if rest:
        return None
    l, v, t = found
    return chr(_HANGUL_FIRST + (l * len(_JAMO_V) + v) * len(_JAMO_T) + t)


def _hex_code(digits, exact=False):
    """The code point spelled by 4 or 5 upper-case hex digits (exactly as "%04X"
    writes it if `exact`), or None."""
    if len(digits) not in (4, 5) or digits.strip("0123456789ABCDEF"):
        return None
    cp = int(digits, 16)
    return cp if not exact or "%04X" % cp == digits else None


def lookup(name, /):
    """The character with this name or alias (or the string of a named sequence);
    KeyError if there is none. Stored names are matched ignoring case."""
    if isinstance(name, (bytes, bytearray)):
        name = bytes(name).decode("latin-1")
    elif not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    if len(name) > 256:
        raise KeyError("name too long")
    found = None
    if name.startswith(_HANGUL_PREFIX):
        found = _hangul(name[len(_HANGUL_PREFIX):])
    elif name.startswith(_CJK_PREFIX):
        cp = _hex_code(name[len(_CJK_PREFIX):])
        if cp is not None and any(low <= cp <= high for low, high in _db.CJK_UNIFIED_RANGES):
            found = chr(cp)
    elif name.isascii():
        upper = name.upper()
        for low, high, prefix in _db.HEX_NAMED:
            if upper.startswith(prefix):
                cp = _hex_code(upper[len(prefix):], exact=True)
                if cp is not None and low <= cp <= high:
                    found = chr(cp)
                    break
        else:
            found = _stored_names().code_of(upper)
    if found is None:
        # CPython's message is a C string: it ends at a NUL.
        raise KeyError("undefined character name '%s'" % name.split("\0")[0])
    return found


# ---- normalization --------------------------------------------------------------------
_FORMS = ("NFC", "NFKC", "NFD", "NFKD")
_full = {}        # (code point, compatibility) -> its full decomposition
_compose = None   # first + second character -> their primary composite


def _decompose_char(ch, compat):
    """ch fully decomposed (canonically, or also by compatibility mappings)."""
    key = (ch, compat)
    done = _full.get(key)
    if done is not None:
        return done
    cp = ord(ch)
    if 0 <= cp - _HANGUL_FIRST < _HANGUL_COUNT:
        rest, t = divmod(cp - _HANGUL_FIRST, len(_JAMO_T))
        l, v = divmod(rest, len(_JAMO_V))
        done = chr(0x1100 + l) + chr(0x1161 + v) + (chr(0x11A7 + t) if t else "")
    else:
        entry = _decomposition_table().get(cp)
        if entry is None or (entry[0] and not compat):
            done = ch
        else:
            done = "".join(_decompose_char(c, compat) for c in entry[1])
    _full[key] = done
    return done


def _decompose(text, compat):
    """text fully decomposed, its combining marks in canonical order."""
    chars = list("".join(_decompose_char(c, compat) for c in text))
    start = None   # the start of the current run of combining marks
    for i in range(len(chars) + 1):
        cc = _record(ord(chars[i]))[2] if i < len(chars) else 0
        if cc and start is None:
            start = i
        elif not cc and start is not None:
            if i - start > 1:
                chars[start:i] = sorted(chars[start:i], key=lambda c: _record(ord(c))[2])
            start = None
    return chars


def _pair(first, second):
    """The primary composite of two characters, or None."""
    global _compose
    if _compose is None:
        excluded = set(_table(_db.COMPOSITION_EXCLUSIONS))
        _compose = {mapping: chr(cp) for cp, (tag, mapping) in _decomposition_table().items()
                    if not tag and len(mapping) == 2 and chr(cp) not in excluded}
    a, b = ord(first), ord(second)
    if 0x1100 <= a < 0x1113 and 0x1161 <= b < 0x1176:
        return chr(_HANGUL_FIRST + ((a - 0x1100) * len(_JAMO_V) + b - 0x1161) * len(_JAMO_T))
    if (0 <= a - _HANGUL_FIRST < _HANGUL_COUNT and (a - _HANGUL_FIRST) % len(_JAMO_T) == 0
            and 0x11A8 <= b < 0x11C3):
        return chr(a + b - 0x11A7)
    return _compose.get(first + second)


def _recompose(chars):
    """The canonical composition of decomposed, ordered characters."""
    out = []
    starter = None     # the index in out of the last starter
    last_class = 0     # the combining class of out[-1]
    for ch in chars:
        cc = _record(ord(ch))[2]
        if starter is not None and (starter == len(out) - 1 or 0 < last_class < cc):
            composite = _pair(out[starter], ch)
            if composite is not None:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
        out.append(ch)
        last_class = cc
    return out


def _check_form(function, form, unistr):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (function, type(form).__name__))
    if not isinstance(unistr, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (function, type(unistr).__name__))
    if form not in _FORMS:
        raise ValueError("invalid normalization form")


def normalize(form, unistr, /):
    """unistr in normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'."""
    _check_form("normalize", form, unistr)
    if unistr.isascii():
        return unistr
    chars = _decompose(unistr, form in ("NFKC", "NFKD"))
    if form in ("NFC", "NFKC"):
        chars = _recompose(chars)
    return "".join(chars)


def is_normalized(form, unistr, /):
    """Whether unistr is in normal form `form` ('NFC', 'NFKC', 'NFD' or 'NFKD')."""
    _check_form("is_normalized", form, unistr)
    return normalize(form, unistr) == unistr
