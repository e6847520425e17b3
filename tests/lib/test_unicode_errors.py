"""UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError as CPython's
(constructor checks, attributes, messages; runtime/py/exceptions.c with
runtime/lib/_codec_bridge.py), the errors our C codecs raise, the error handlers of
codecs.py (through str.encode and bytes.decode too), and the encodings str.encode /
bytes.decode find through codecs (utf-16, utf-32): each probe runs on the native engine
and on python3, line by line."""
from compare import same_output

ERRORS_PROBE = r'''import codecs
def t(label, f):
    try: r = f(); print(label, "ok", ascii(r))
    except BaseException as e: print(label, type(e).__name__, ascii(str(e)))
def attrs(label, f):
    try: f()
    except UnicodeError as e:
        print(label, type(e).__name__, ascii((e.encoding if not isinstance(e, UnicodeTranslateError) else None, e.object, e.start, e.end, e.reason)), ascii(str(e)), ascii(e.args))
    else: print(label, "no error")
t("noargs", lambda: UnicodeDecodeError())
t("4args", lambda: UnicodeDecodeError("a", b"x", 0, 1))
t("6args", lambda: UnicodeEncodeError("a", "x", 0, 1, "r", 1))
t("enc int", lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"))
t("dec str", lambda: UnicodeDecodeError("a", "x", 0, 1, "r"))
t("dec int obj", lambda: UnicodeDecodeError("a", 5, 0, 1, "r"))
t("bytearray", lambda: UnicodeDecodeError("a", bytearray(b"x"), 0, 1, "r").object)
t("memoryview", lambda: UnicodeDecodeError("a", memoryview(b"xy"), 0, 1, "r").object)
t("start str", lambda: UnicodeDecodeError("a", b"x", "0", 1, "r"))
t("end float", lambda: UnicodeDecodeError("a", b"x", 0, 1.0, "r"))
t("reason bytes", lambda: UnicodeDecodeError("a", b"x", 0, 1, b"r"))
t("kwargs", lambda: UnicodeDecodeError("a", b"x", 0, 1, "r", x=1))
t("enc bytes", lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"))
t("enc reason int", lambda: UnicodeEncodeError("a", "x", 0, 1, 1))
t("tr 3", lambda: UnicodeTranslateError("x", 0, 1))
t("tr bytes", lambda: UnicodeTranslateError(b"x", 0, 1, "r"))
t("tr 5", lambda: UnicodeTranslateError("x", 0, 1, "r", "y"))
t("tr str", lambda: str(UnicodeTranslateError("x", 0, 1, "r")))
t("tr str big", lambda: str(UnicodeTranslateError("\U0001f600", 0, 1, "r")))
t("tr range", lambda: str(UnicodeTranslateError("xyz", 0, 2, "r")))
t("tr attrs", lambda: (lambda e: (e.object, e.start, e.end, e.reason, e.encoding))(UnicodeTranslateError("xyz", 0, 2, "r")))
s = "\u20ac\U0001f600\xe9"
for a, b in ((0, 1), (1, 2), (2, 3), (5, 6), (0, 3), (2, 2)):
    t("enc str %d %d" % (a, b), lambda: str(UnicodeEncodeError("ascii", s, a, b, "r")))
for a, b in ((0, 1), (0, 2), (1, 2), (3, 4)):
    t("dec str %d %d" % (a, b), lambda: str(UnicodeDecodeError("utf-8", b"\xff\x80", a, b, "bad")))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")
e.start = 1; e.end = 2; e.reason = "other"; e.encoding = "x"
print(ascii(str(e)), e.args, ascii(repr(e)))
e.reason = 5
t("reason int", lambda: str(e))
e.object = b"zz"
t("object set", lambda: str(e))
class U(UnicodeDecodeError): pass
t("subclass", lambda: str(U("a", b"x", 0, 1, "r")))
class V(UnicodeEncodeError):
    def __init__(self, msg):
        super().__init__("ascii", msg, 0, 1, "why")
t("subclass init", lambda: (str(V("\xe9")), V("\xe9").args))
t("UnicodeError", lambda: (repr(UnicodeError(1, 2)), str(UnicodeError("a", b"x", 0, 1, "r"))))
t("bool start", lambda: UnicodeDecodeError("a", b"x", True, 1, "r").start)
class I(int): pass
t("int subclass", lambda: type(UnicodeDecodeError("a", b"x", I(0), 1, "r").start).__name__)
t("pickle-ish", lambda: (lambda e: (str(e), e.start))(type(e)(*UnicodeDecodeError("u", b"ab", 1, 2, "r").args)))
attrs("utf8 start", lambda: b"ab\xff\xfe".decode())
attrs("utf8 cont", lambda: b"ab\xe2\x82x".decode("utf-8"))
attrs("utf8 end", lambda: b"ab\xe2\x82".decode("utf-8"))
attrs("utf8 bytearray", lambda: bytearray(b"\xc3").decode())
attrs("ascii dec", lambda: b"ab\xff\xfe".decode("ascii"))
attrs("ascii enc", lambda: "ab\u20ac".encode("ascii"))
attrs("ascii enc run", lambda: "ab\u20ac\xe9x\xff".encode("ascii"))
attrs("latin enc run", lambda: "ab\u20ac\u20acx".encode("latin-1"))
attrs("latin enc astral", lambda: "\U0001f600".encode("latin-1"))
attrs("utf8 surrogates", lambda: "ab\ud800\udc00x".encode("utf-8"))
attrs("utf8 surrogate", lambda: "\udcff".encode())
attrs("str() of str", lambda: str(b"\xff", "utf-8"))
# error handlers read the attributes
for name in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    h = codecs.lookup_error(name)
    for exc in (UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "r"),
                UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "r")):
        if name == "namereplace" and isinstance(exc, UnicodeDecodeError): continue
        if name == "xmlcharrefreplace" and isinstance(exc, UnicodeDecodeError): continue
        t("handler %s %s" % (name, type(exc).__name__), lambda: h(exc))
for exc in (UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "r"), UnicodeEncodeError("utf-8", "a\udcff\udc80b", 1, 3, "r")):
    t("surrogateescape %s" % type(exc).__name__, lambda: codecs.lookup_error("surrogateescape")(exc))
    t("surrogatepass %s" % type(exc).__name__, lambda: codecs.lookup_error("surrogatepass")(exc))
def mine(exc):
    return ("<%d-%d %s>" % (exc.start, exc.end, exc.reason), exc.end)
codecs.register_error("mine", mine)
t("custom handler", lambda: codecs.lookup_error("mine")(UnicodeEncodeError("ascii", "xy", 0, 2, "r")))
for data in (b"\xff", b"a\xc3(b"):
    for errors in ("replace", "ignore", "backslashreplace"):
        t("decode %r %s" % (data, errors), lambda: data.decode("utf-8", errors))
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    t("encode %s" % errors, lambda: "a\xe9\u20ac\U0001f600".encode("ascii", errors))
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
except Exception as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)), end="")
'''

UTF_PROBE = r'''def t(label, f):
    try: r = f(); print(label, "ok", ascii(r))
    except BaseException as e: print(label, type(e).__name__, ascii(str(e)))
def attrs(label, f):
    try: r = f()
    except UnicodeError as e:
        print(label, type(e).__name__, ascii((e.encoding, e.object, e.start, e.end, e.reason)), ascii(str(e)))
    except Exception as e: print(label, type(e).__name__, ascii(str(e)))
    else: print(label, "ok", ascii(r))
texts = ["", "x", "h\xe9llo", "\u20ac", "\U0001f600a", "a\U0010ffff"]
names = ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16le", "utf-32", "utf-32-le", "utf-32-be", "U32", "utf_32BE"]
for n in names:
    for s in texts:
        t("enc %s %r" % (n, s), lambda: s.encode(n))
        t("round %s %r" % (n, s), lambda: s.encode(n).decode(n))
        t("bytearray %s %r" % (n, s), lambda: bytearray(s.encode(n)).decode(n))
        t("str() %s %r" % (n, s), lambda: str(s.encode(n), n))
for n in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    attrs("surrogate %s" % n, lambda: "ab\ud800c".encode(n))
    attrs("surrogate ignore %s" % n, lambda: "ab\ud800c".encode(n, "ignore"))
    attrs("surrogate replace %s" % n, lambda: "ab\ud800c".encode(n, "replace"))
    attrs("surrogatepass %s" % n, lambda: "ab\ud800c".encode(n, "surrogatepass"))
for data in (b"\xff\xfea\x00b", b"\xff\xfea\x00\x00\xd8", b"\xfe\xff\x00a\xdc\x00\x00b", b"a\x00\x00\xdc",
             b"a\x00=\xd8\x00\xde", b"a", b"\xff\xfe", b"\xfe\xff\x00a", b"a\x00\x00\xd8b\x00"):
    for n in ("utf-16", "utf-16-le", "utf-16-be"):
        attrs("dec %s %r" % (n, data), lambda: data.decode(n))
        attrs("dec replace %s %r" % (n, data), lambda: data.decode(n, "replace"))
        attrs("dec ignore %s %r" % (n, data), lambda: data.decode(n, "ignore"))
for data in (b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00", b"\x00\xd8\x00\x00",
             b"\x00\x00\x11\x00", b"a\x00\x00\x00b"):
    for n in ("utf-32", "utf-32-le", "utf-32-be"):
        attrs("dec %s %r" % (n, data), lambda: data.decode(n))
        attrs("dec replace %s %r" % (n, data), lambda: data.decode(n, "replace"))
attrs("unknown enc", lambda: "x".encode("nope"))
attrs("unknown dec", lambda: b"x".decode("nope"))
attrs("rot13 enc", lambda: "x".encode("rot13"))
attrs("hex dec", lambda: b"78".decode("hex"))
attrs("errors type", lambda: "x".encode("utf-16", 5))
attrs("utf-8-sig", lambda: "x".encode("utf-8-sig"))
attrs("utf-8-sig dec", lambda: b"\xef\xbb\xbfx".decode("utf-8-sig"))
attrs("kw", lambda: "\xe9".encode(encoding="utf-16-be", errors="strict"))
for n in ("646", "cp819", "L1", "latin", "Latin-1", "ISO-8859-1", "US-ASCII", "U8", "UTF8", "utf 8", "utf_8_sig", "utf-8-sig", "x" * 40):
    t("name dec %s" % n, lambda: b"a\xe9".decode(n))
    t("name enc %s" % n, lambda: "a\xe9".encode(n))
'''

# Error handlers through str.encode / bytes.decode (the engine keeps strict, replace
# and ignore; the others are codecs' through runtime/lib/_codec_bridge.py), and the
# C UTF-8 decoder's error units on random short inputs.
HANDLERS_PROBE = r'''import codecs
def t(label, f):
    try: r = f(); print(label, "ok", ascii(r))
    except BaseException as e: print(label, type(e).__name__, ascii(str(e)))
texts = ["a\xe9\u20ac\U0001f600b", "\xe9\xe9x\u20ac", "ok", "a\udc80b\udcffc\ud800"]
for codec in ("ascii", "latin-1", "utf-8"):
    for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"):
        for s in texts:
            t("enc %s %s %r" % (codec, errors, s), lambda: s.encode(codec, errors))
datas = [b"a\xff\xfeb", b"\xe2\x82", b"x\xe2\x82y", b"\xed\xa0\x80z", b"\xc3\xa9\x80\x80" * 3, bytes(range(120, 136)),
         b"q" * 300 + b"\xe2\x82\xac" + b"\xff" * 3 + b"r" * 600 + b"\xf0\x9f\x98\x80" + b"\x80"]
for codec in ("ascii", "utf-8", "latin-1"):
    for errors in ("replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass", "bogus", "strict"):
        for d in datas:
            t("dec %s %s %r" % (codec, errors, d[:20]), lambda: d.decode(codec, errors))
t("roundtrip escape", lambda: bytes(range(256)).decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bytes(range(256)))
import random
rng = random.Random(5)
blob = bytes(rng.randrange(256) for _ in range(5000))
t("random blob", lambda: blob.decode("utf-8", "backslashreplace"))
t("random blob esc", lambda: blob.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == blob)
def mine(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("<%d:%d %s>" % (exc.start, exc.end, exc.reason), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].upper(), exc.end)
codecs.register_error("mine", mine)
t("custom enc", lambda: "a\xe9\xe8b\u20ac".encode("ascii", "mine"))
t("custom dec", lambda: b"a\xff\xe2\x82b\xc3".decode("utf-8", "mine"))
codecs.register_error("badret", lambda e: "x")
codecs.register_error("badpos", lambda e: ("x", 99))
codecs.register_error("negpos", lambda e: ("N", -1))
codecs.register_error("bytesrep", lambda e: (b"\x01\x02", e.end))
codecs.register_error("unenc", lambda e: ("\xff", e.end))
for h in ("badret", "badpos", "negpos", "bytesrep", "unenc"):
    t("enc " + h, lambda: "ab\u20acc".encode("ascii", h))
    t("dec " + h, lambda: b"ab\xffc".decode("utf-8", h))
t("latin unenc", lambda: "ab\u20acc".encode("latin-1", "unenc"))
t("str() errors", lambda: str(b"a\xffb", "utf-8", "surrogateescape"))
# the C utf-8 decoder's error units (lead byte ranges, surrogates, overlongs, truncation)
rng = random.Random(11)
alphabet = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff]
for k in range(300):
    d = bytes(rng.choice(alphabet) for _ in range(rng.randrange(1, 7)))
    t("fuzz %s" % d.hex(), lambda: d.decode("utf-8"))
    t("fuzz replace %s" % d.hex(), lambda: d.decode("utf-8", "replace"))
    t("fuzz escape %s" % d.hex(), lambda: d.decode("utf-8", "surrogateescape"))
'''

same_output("unicode_errors", ERRORS_PROBE)
same_output("utf16_utf32", UTF_PROBE)
same_output("error_handlers", HANDLERS_PROBE)
