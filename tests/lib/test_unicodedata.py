"""unicodedata (runtime/lib/unicodedata.py and its generated _unicodedata_db.py) against
CPython's: every code point's properties, decomposition, numeric values and name (one
check per function, over all 0x110000 code points), lookup() of every name, alias and
named sequence (and in lower case), normalization of every character that
decomposes, combines or is a Hangul syllable plus random strings, the errors; then a
sample of the same on our native engine, which runs the module as it ships."""
import hashlib
import random
import sys
import unicodedata

from compare import load, same, same_output

ts = load("unicodedata", using=("_unicodedata_db",))
# Imported at the first name() or lookup(), after load() has put sys.modules back.
names_db = sys.modules["_unicodedata_names"] = load("_unicodedata_names")
ALL = [chr(cp) for cp in range(0x110000)]


def digest(values):
    return hashlib.sha256(repr(values).encode()).hexdigest()


def first_difference(ours, theirs):
    """The first code point where two per-character lists differ (for the report)."""
    for cp, (a, b) in enumerate(zip(ours, theirs)):
        if a != b:
            return "U+%04X: ours %r, CPython %r" % (cp, a, b)
    return "same"


for fn in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
           "decomposition"):
    ours, theirs = list(map(getattr(ts, fn), ALL)), list(map(getattr(unicodedata, fn), ALL))
    same(f"{fn} of every code point", lambda: first_difference(ours, theirs), lambda: "same")
for fn in ("decimal", "digit", "numeric", "name"):
    ours = list(map(getattr(ts, fn), ALL, [None] * len(ALL)))
    theirs = list(map(getattr(unicodedata, fn), ALL, [None] * len(ALL)))
    same(f"{fn} of every code point", lambda: first_difference(ours, theirs), lambda: "same")

names = [n for n in map(unicodedata.name, ALL, [None] * len(ALL)) if n]
for label, query in (("names", names), ("lower-case names", [n.lower() for n in names])):
    def look(module):
        found = []
        for n in query:
            try:
                found.append(module.lookup(n))
            except KeyError as e:
                found.append(str(e))
        return digest(found)
    same(f"lookup of all {label}", lambda: look(ts), lambda: look(unicodedata))
extra = [entry.split(":")[0] for entry in ts._table(names_db.EXTRA_NAMES).split(";")]
same("aliases and named sequences", lambda: len(extra) > 900, lambda: True)
for n in extra + [e.lower() for e in extra]:
    same(f"lookup {n!r}", lambda: ts.lookup(n), lambda: unicodedata.lookup(n))

odd_names = ["", "A", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "latin small letter ß",
             "HANGUL SYLLABLE", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAGX", "HANGUL SYLLABLE A",
             "HANGUL SYLLABLE GGAGG", "hangul syllable ga", "HANGUL SYLLABLE GA\x00",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
             "CJK UNIFIED IDEOGRAPH-0004E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-F900",
             "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "cjk unified ideograph-4e00",
             "CJK COMPATIBILITY IDEOGRAPH-f900", "CJK COMPATIBILITY IDEOGRAPH-0F900",
             "KHITAN SMALL SCRIPT CHARACTER-18b00", "NUSHU CHARACTER-1B170", "TANGUT IDEOGRAPH-17000",
             "A" * 256, "A" * 257, b"LATIN SMALL LETTER A", b"SNOWMAN", 1, None]
for n in odd_names:
    same(f"lookup {n!r:.40}", lambda: ts.lookup(n), lambda: unicodedata.lookup(n))

errors = [("category", (1,)), ("category", ("ab",)), ("category", ("",)), ("combining", (None,)),
          ("name", (1,)), ("name", ("ab", None)), ("name", ("\ue000",)), ("name", ("\ue000", 7)),
          ("decimal", ("a",)), ("decimal", ("a", 5)), ("decimal", (1,)), ("digit", ("a",)),
          ("digit", ("\u2460",)), ("numeric", ("a",)), ("numeric", ("ab",)), ("numeric", ("\u00bd",)),
          ("normalize", ("NFX", "a")), ("normalize", (1, "a")), ("normalize", ("NFC", 1)),
          ("normalize", ("nfc", "a")), ("is_normalized", ("NFC", b"x")), ("decomposition", ("\uac01",)),
          ("mirrored", ("(",)), ("bidirectional", ("\u0378",)), ("east_asian_width", ("\U0001F600",))]
for fn, args in errors:
    same(f"{fn}{args!r}", lambda: getattr(ts, fn)(*args), lambda: getattr(unicodedata, fn)(*args))
same("unidata_version", lambda: ts.unidata_version, lambda: unicodedata.unidata_version)

# Normalization: every interesting character alone, then random strings of them mixed
# with combining marks, Hangul jamo and syllables and other characters.
interesting = [c for c in ALL if unicodedata.decomposition(c) or unicodedata.combining(c)
               or 0xAC00 <= ord(c) <= 0xD7A3]
assigned = [c for c in ALL if unicodedata.category(c) not in ("Cn", "Cs")]
marks = [c for c in assigned if unicodedata.combining(c)]
jamo = [chr(cp) for cp in range(0x1100, 0x1200)] + [chr(cp) for cp in range(0xAC00, 0xAC60)]
rng = random.Random(20261121)
cases = list(interesting)
for _ in range(15000):
    cases.append("".join(rng.choice(rng.choice((assigned, marks, marks, jamo, interesting)))
                         for _ in range(rng.randint(1, 8))))
cases += ["", "ascii only", "e\u0301\u0327", "\u1e0b\u0323", "\u0071\u0307\u0323",
          "\u1100\u1161\u11a8", "\uac00\u11a8", "\u0b47\u0b3e", "\u00c5\u212b\u2126"]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    same(f"normalize {form} of {len(cases)} strings",
         lambda: digest([ts.normalize(form, s) for s in cases]),
         lambda: digest([unicodedata.normalize(form, s) for s in cases]))
    sample = cases[::7]
    same(f"is_normalized {form}",
         lambda: digest([ts.is_normalized(form, unicodedata.normalize("NFD", s)) for s in sample]
                        + [ts.is_normalized(form, s) for s in sample]),
         lambda: digest([unicodedata.is_normalized(form, unicodedata.normalize("NFD", s)) for s in sample]
                        + [unicodedata.is_normalized(form, s) for s in sample]))

# The engine: a sample of code points, names and strings (the whole of it would be slow
# there), printed per item so that a difference shows where.
sample_cps = list(range(0, 0x3400, 7)) + list(range(0xA000, 0x10000, 23)) + \
    list(range(0x10000, 0x110000, 997)) + [0xAC00, 0xD7A3, 0x4E00, 0x9FFF, 0x20000, 0xF900, 0x1B170]
norm_sample = [s for s in cases[::40] if "\r" not in s and "\n" not in s]
same_output("unicodedata", f"""
import unicodedata as u
for cp in {sample_cps!r}:
    c = chr(cp)
    print(cp, u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None),
          u.numeric(c, None), u.name(c, None))
for cp in {sample_cps[::5]!r}:
    n = u.name(chr(cp), None)
    if n:
        print(n, u.lookup(n) == chr(cp), u.lookup(n.lower()) == chr(cp) if n[:4] not in ("HANG", "CJK ") else "")
for n in {extra[::9]!a}:
    print(n, ascii(u.lookup(n)))
for s in {norm_sample!a}:
    print(ascii(s), *[ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          u.is_normalized("NFC", s))
for bad in ("NOT A NAME", "A" * 300):
    try:
        u.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
print(u.unidata_version)
""", timeout=300)
