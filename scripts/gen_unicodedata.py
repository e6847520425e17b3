#!/usr/bin/env python3
"""Generates runtime/lib/_unicodedata_db.py and _unicodedata_names.py, the Unicode
14.0.0 data behind our unicodedata module (runtime/lib/unicodedata.py), from the running CPython's own
unicodedata (run it with python3.11, whose database is 14.0.0): the data is the Unicode
Character Database's, and taking it from CPython's answers makes ours equal to them by
construction. Name aliases and named sequences, which CPython's module can look up but
not list, are read from Perl's copy of the database (unicore/Name.pl, also 14.0.0) and
kept only where CPython's lookup() agrees.

    python3 scripts/gen_unicodedata.py [OUTDIR]

The big tables are string literals that are docstrings (see data() below: that way
the engines store them once), and the module reads them without copying them into
lists. Our engines keep strings in UTF-8, where indexing is fast only in pure ASCII
text or in order, so:

- Tables read at random places are bytes: one Latin-1 character per value (see
  byte_table), which the module turns into a bytes object in native code.
- Other small integers are characters of ALPHABET (printable, no quote, no backslash,
  no "|"); the value of a character is its place in ALPHABET. The first 90 are ASCII
  (one UTF-8 byte), the next 738 Latin and Greek (two), the rest CJK ideographs
  (three): frequent values get the short characters.
- The per-character properties (category, bidirectional class, combining class, east
  asian width, mirrored) are one of 249 RECORDS; a two-level table of bytes maps a code
  point to its record: PAGE_OF[cp >> SHIFT] is a page of PAGE_SIZE records in PAGES.
- Names (the big table): each word of a name is one ALPHABET character standing for a
  word of WORDS (the frequent first); the names of NAMED_RUNS' code points follow one
  another in NAMES, each as the count of leading words it shares with the name before
  it and its other words, separated by spaces, in chunks of CHUNK separated by "|".
  Runs of names of the form PREFIX-<hex code>
  (CJK compatibility ideographs, Khitan characters, ...) are HEX_NAMED instead, and
  the Hangul syllables and CJK unified ideographs are computed by the module.
- Decompositions, numeric values and the composition exclusions are short lists.
"""
import collections
import os
import re
import sys
import unicodedata as ucd

MAX = 0x110000
OUT = sys.argv[1] if len(sys.argv) > 1 else "runtime/lib"
PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"
SHIFT = 8
PAGE_SIZE = 1 << SHIFT
CHUNK = 16
CJK_UNIFIED = "CJK UNIFIED IDEOGRAPH-"
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3

assert ucd.unidata_version == "14.0.0", "run with python3.11 (Unicode 14.0.0)"

# The alphabet: three runs of printable characters (checked), of 1, 2 and 3 UTF-8 bytes.
ALPHABET_RUNS = [(0x21, 0x7E), (0xA1, 0xAC), (0xAE, 0x377), (0x4E00, 0x9FFF)]
alphabet = [chr(c) for lo, hi in ALPHABET_RUNS for c in range(lo, hi + 1)
            if chr(c) not in "\"'\\|"]
assert all(c.isprintable() for c in alphabet)


# Tables of bytes (values below 256) are written with one Latin-1 character per value,
# the most frequent values first on BYTE_CHARS (printable ASCII, then printable
# Latin-1, then the characters a literal must escape); the module turns the text back
# into bytes with str.encode and bytes.translate, both native code.
BYTE_CHARS = [c for c in range(0x20, 0x100) if chr(c).isprintable() and chr(c) not in "\"\\"]
BYTE_CHARS += [c for c in range(0x100) if c not in BYTE_CHARS]


def byte_table(values):
    return "".join(chr(BYTE_CHARS[v]) for v in values)


def enc(values):
    """A string of ALPHABET characters standing for the given small integers."""
    return "".join(alphabet[v] for v in values)


# ---- properties ------------------------------------------------------------------
def props(cp):
    ch = chr(cp)
    return (ucd.category(ch), ucd.bidirectional(ch), ucd.combining(ch),
            ucd.east_asian_width(ch), ucd.mirrored(ch))


per_cp = [props(cp) for cp in range(MAX)]
record_count = collections.Counter(per_cp)
records = [r for r, _ in record_count.most_common()]
record_id = {r: i for i, r in enumerate(records)}
ids = [record_id[r] for r in per_cp]
page_count = collections.Counter(tuple(ids[start:start + PAGE_SIZE])
                                 for start in range(0, MAX, PAGE_SIZE))
pages = [p for p, _ in page_count.most_common()]
page_id = {p: i for i, p in enumerate(pages)}
page_of = [page_id[tuple(ids[start:start + PAGE_SIZE])] for start in range(0, MAX, PAGE_SIZE)]
assert max(len(records), len(pages)) <= 256

# ---- names -----------------------------------------------------------------------
names = {}
for cp in range(MAX):
    n = ucd.name(chr(cp), None)
    if n is not None:
        names[cp] = n
cjk_ranges, hangul = [], []
for cp, n in names.items():
    if n == CJK_UNIFIED + "%04X" % cp:
        if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
            cjk_ranges[-1][1] = cp
        else:
            cjk_ranges.append([cp, cp])
assert all(HANGUL_FIRST <= cp <= HANGUL_LAST for cp, n in names.items()
           if n.startswith("HANGUL SYLLABLE "))

# Runs of at least 16 names PREFIX-<code in hex>.
hex_named = []
for cp, n in names.items():
    m = re.fullmatch(r"(.*-)([0-9A-F]{4,5})", n)
    if not m or n.startswith(CJK_UNIFIED) or int(m.group(2), 16) != cp:
        continue
    if hex_named and hex_named[-1][1] == cp - 1 and hex_named[-1][2] == m.group(1):
        hex_named[-1][1] = cp
    else:
        hex_named.append([cp, cp, m.group(1)])
hex_named = [r for r in hex_named if r[1] - r[0] >= 15]
computed = set()
for lo, hi in cjk_ranges:
    computed.update(range(lo, hi + 1))
for lo, hi, _ in hex_named:
    computed.update(range(lo, hi + 1))
computed.update(range(HANGUL_FIRST, HANGUL_LAST + 1))
stored = [cp for cp in names if cp not in computed]
named_runs = []
for cp in stored:
    if named_runs and named_runs[-1][0] + named_runs[-1][1] == cp:
        named_runs[-1][1] += 1
    else:
        named_runs.append([cp, 1])
# Each name is the number of words it shares with the name before it, then the words
# that differ; a chunk of CHUNK names starts afresh (shares nothing) so that one name
# is found by decoding at most CHUNK of them. Names are separated by spaces, chunks by
# "|" (neither is in ALPHABET).
chunks, previous = [], []
for i, cp in enumerate(stored):
    words_of = names[cp].split(" ")
    shared = 0
    if i % CHUNK:
        while (shared < len(words_of) - 1 and shared < len(previous)
               and words_of[shared] == previous[shared]):
            shared += 1
    else:
        chunks.append([])
    chunks[-1].append((shared, words_of[shared:]))
    previous = words_of
words = collections.Counter(w for chunk in chunks for _, rest in chunk for w in rest)
# The most frequent words get the one- and two-byte characters; the rest, which all
# cost three bytes, are in alphabetical order, which compresses better.
short = sum(1 for c in alphabet if ord(c) < 0x800)
word_list = [w for w, _ in words.most_common()]
word_list[short:] = sorted(word_list[short:])
word_id = {w: i for i, w in enumerate(word_list)}
assert len(word_list) <= len(alphabet) and all(w for w in word_list)
names_text = "|".join(" ".join(alphabet[shared] + enc(word_id[w] for w in rest)
                                for shared, rest in chunk) for chunk in chunks)

# Aliases and named sequences: Perl's list, kept where CPython's lookup agrees.
extra = {}
if os.path.exists(PERL_NAMES):
    text = open(PERL_NAMES, encoding="utf-8").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        lines = entry.split("\n")
        if len(lines) != 2:
            continue
        value = "".join(chr(int(h, 16)) for h in lines[0].split())
        name = lines[1]
        if len(value) == 1 and names.get(ord(value)) == name:
            continue
        try:
            if ucd.lookup(name) == value:
                extra[name] = value
        except KeyError:
            pass
else:
    print(f"warning: {PERL_NAMES} not found: no aliases or named sequences", file=sys.stderr)

assert not any(";" in n or ":" in n for n in extra)

# ---- decompositions, numeric values, composition ---------------------------------
tags = [""]
decomp = []
for cp in range(MAX):
    if HANGUL_FIRST <= cp <= HANGUL_LAST:
        continue
    d = ucd.decomposition(chr(cp))
    if not d:
        continue
    parts = d.split()
    tag = parts.pop(0) if parts[0].startswith("<") else ""
    if tag not in tags:
        tags.append(tag)
    decomp.append((cp, tags.index(tag), "".join(chr(int(h, 16)) for h in parts)))
assert max(len(s) for _, _, s in decomp) < 32
decomp_text = "".join(chr(cp) + alphabet[t * 32 + len(s)] + s for cp, t, s in decomp)
# Canonical pairs that NFC does not recompose (the full composition exclusions).
excluded = [cp for cp, t, s in decomp
            if t == 0 and len(s) == 2 and ucd.normalize("NFC", chr(cp)) != chr(cp)]

numeric_values, numeric = [], []
for cp in range(MAX):
    ch = chr(cp)
    v = ucd.numeric(ch, None)
    if v is None:
        assert ucd.digit(ch, None) is None and ucd.decimal(ch, None) is None
        continue
    triple = (ucd.decimal(ch, None), ucd.digit(ch, None), v)
    if triple not in numeric_values:
        numeric_values.append(triple)
    numeric.append((cp, numeric_values.index(triple)))
numeric_text = "".join(chr(cp) + alphabet[i] for cp, i in numeric)

# ---- output ----------------------------------------------------------------------
def escaped(ch):
    """ch as it is written inside a triple-quoted literal."""
    if ch in "\\\"'" or not ch.isprintable():
        return ascii(ch)[1:-1] if ch not in "\"'" else "\\" + ch
    return ch


def data(name, s, width=100):
    """A function whose docstring is s, in lines of about `width` characters joined by
    backslash-newline (which a string literal drops). The text the engines embed for tracebacks drops
    docstrings (scripts/embed_pylib.mjs), so the data is stored once, in the code,
    rather than twice as a string constant would be."""
    lines, line = [], ""
    for ch in s:
        line += escaped(ch)
        if len(line) >= width:
            lines.append(line)
            line = ""
    lines.append(line)
    return "def %s():\n    \"\"\"%s\"\"\"\n" % (name, "\\\n".join(lines))


HEADER = [
    '"""The Unicode 14.0.0 character database for unicodedata.py (%s): generated by',
    'scripts/gen_unicodedata.py (which describes the encoding) from CPython 3.11\'s own',
    'unicodedata. Do not edit. The big tables are docstrings of functions (see data() in',
    'the generator)."""',
    "",
]
main = [
    "ALPHABET_RUNS = %r" % (ALPHABET_RUNS,),
    "ALPHABET_SKIP = %r" % ("\"'\\|",),
    "BYTE_CHARS = %r" % (bytes(BYTE_CHARS),),
    "SHIFT = %d" % SHIFT,
    "CJK_UNIFIED_RANGES = %r" % (tuple(tuple(r) for r in cjk_ranges),),
    "HEX_NAMED = %r" % (tuple(tuple(r) for r in hex_named),),
    "DECOMPOSITION_TAGS = %r" % (tuple(tags),),
    "NUMERIC_VALUES = %r" % (tuple(numeric_values),),
    "",
    data("RECORDS", ";".join(",".join(map(str, r)) for r in records)),
    data("PAGE_OF", byte_table(page_of)),
    data("PAGES", byte_table(v for p in pages for v in p)),
    data("DECOMPOSITIONS", decomp_text),
    data("COMPOSITION_EXCLUSIONS", "".join(map(chr, excluded))),
    data("NUMERIC", numeric_text),
]
# The names, four fifths of the data, are a module of their own, loaded by the first
# name() or lookup() only.
names_module = [
    "CHUNK = %d" % CHUNK,
    "",
    data("NAMED_RUNS", ",".join("%x:%x" % (cp, n) for cp, n in named_runs)),
    data("WORDS", " ".join(word_list)),
    data("NAMES", names_text),
    data("EXTRA_NAMES", ";".join(n + ":" + " ".join("%x" % ord(c) for c in v)
                                 for n, v in extra.items())),
]
for path, what, lines in ((os.path.join(OUT, "_unicodedata_db.py"), "all but the names", main),
                          (os.path.join(OUT, "_unicodedata_names.py"), "the names", names_module)):
    head = list(HEADER)
    head[0] = head[0] % what
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines))
    print(f"{path}: {os.path.getsize(path)} bytes")
print(f"{len(records)} records, {len(pages)} pages, {len(word_list)} words, "
      f"{len(stored)} stored names, {len(named_runs)} runs, {len(extra)} aliases and "
      f"sequences, {len(decomp)} decompositions, {len(numeric)} numeric")
