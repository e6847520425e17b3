import importlib.util
import os
import sys
import urllib.parse as up
from compare import ROOT, same

spec = importlib.util.spec_from_file_location("ts_urllib_parse",
                                              os.path.join(ROOT, "runtime/lib/urllib/parse.py"))
ts = importlib.util.module_from_spec(spec)
sys.modules["ts_urllib_parse"] = ts
spec.loader.exec_module(ts)

urls = [
    "https://user:pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag",
    "http://example.com", "http://example.com/", "example.com/path", "/just/a/path?x=1",
    "mailto:someone@example.com", "file:///etc/passwd", "ftp://ftp.example.org/pub/file.txt",
    "http://[::1]:80/ipv6", "http://[fe80::1%25eth0]/", "//netloc/only", "?q", "#f", "",
    "HTTP://EXAMPLE.com/Path", "  http://space.example/ ", "http://a/b\tc\nd", "a:b",
    "1http://x", "http://host:notaport/", "http://host:99999/", "http://host:/", "tel:+1-555",
    "https://example.com/search?q=python+asyncio&lang=en#results", "urn:isbn:0451450523",
    "http://user@host", "http://:pw@host", "http://host/path;params;more?x", "data:text/plain,hi",
    "http://[::1/x", "svn+ssh://host/repo", "http://example.com/a b?c d#e f",
]
for u in urls:
    same(f"urlsplit {u!r}", lambda: ts.urlsplit(u), lambda: up.urlsplit(u))
    same(f"urlparse {u!r}", lambda: ts.urlparse(u), lambda: up.urlparse(u))
    same(f"parts {u!r}", lambda: (lambda r: (r.username, r.password, r.hostname))(ts.urlparse(u)),
         lambda: (lambda r: (r.username, r.password, r.hostname))(up.urlparse(u)))
    same(f"port {u!r}", lambda: ts.urlsplit(u).port, lambda: up.urlsplit(u).port)
    same(f"geturl {u!r}", lambda: (ts.urlparse(u).geturl(), ts.urlsplit(u).geturl()),
         lambda: (up.urlparse(u).geturl(), up.urlsplit(u).geturl()))
    same(f"urldefrag {u!r}", lambda: ts.urldefrag(u), lambda: up.urldefrag(u))
    same(f"scheme default {u!r}", lambda: ts.urlsplit(u, "https", False),
         lambda: up.urlsplit(u, "https", False))

base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
        "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g", "https://other/x"]
for r in refs:
    same(f"urljoin {r!r}", lambda: ts.urljoin(base, r), lambda: up.urljoin(base, r))
for b, r in [("http://example.com/dir/", "page.html"), ("http://example.com/dir", "page.html"),
             ("", "x"), ("http://x/y", ""), ("mailto:a@b", "c"), ("http://a/b/", "../../../x"),
             ("http://a", "b"), ("file:///tmp/a.txt", "b.txt")]:
    same(f"urljoin {b!r} {r!r}", lambda: ts.urljoin(b, r), lambda: up.urljoin(b, r))

texts = ["", "abc", "a b&c=d/e?f", "café ☕", "100%", "~user/_x-y.z", "a+b", "\x00\x7f", "😀",
         "/path/with spaces/", "%41%", "é/ü?ß"]
for t in texts:
    same(f"quote {t!r}", lambda: (ts.quote(t), ts.quote(t, safe=""), ts.quote(t, safe="/ ?&")),
         lambda: (up.quote(t), up.quote(t, safe=""), up.quote(t, safe="/ ?&")))
    same(f"quote_plus {t!r}", lambda: (ts.quote_plus(t), ts.quote_plus(t, safe="/")),
         lambda: (up.quote_plus(t), up.quote_plus(t, safe="/")))
    same(f"roundtrip {t!r}", lambda: (ts.unquote(ts.quote(t)), ts.unquote_plus(ts.quote_plus(t))),
         lambda: (t, t))
same("quote bytes", lambda: ts.quote(b"a b\xff"), lambda: up.quote(b"a b\xff"))
same("quote latin1", lambda: ts.quote("é", encoding="latin-1"), lambda: up.quote("é", encoding="latin-1"))
same("quote bytes encoding", lambda: ts.quote(b"x", encoding="utf-8"), lambda: up.quote(b"x", encoding="utf-8"))
same("quote_from_bytes str", lambda: ts.quote_from_bytes("x"), lambda: up.quote_from_bytes("x"))
for t in ["%41%42", "%e2%98%95", "%E2%98", "%zz%4", "caf%C3%A9", "a+b%20c", "é%C3%A9", "%", "%%",
          "100%25", "%C3%A9abc%C3", "plain", ""]:
    same(f"unquote {t!r}", lambda: (ts.unquote(t), ts.unquote_plus(t), ts.unquote_to_bytes(t),
                                    ts.unquote(t, encoding="latin-1")),
         lambda: (up.unquote(t), up.unquote_plus(t), up.unquote_to_bytes(t),
                  up.unquote(t, encoding="latin-1")))
same("unquote None", lambda: ts.unquote(None), lambda: up.unquote(None))
same("unquote bytes", lambda: ts.unquote(b"%41b"), lambda: up.unquote(b"%41b"))

qss = ["a=1&b=2&a=3", "a=1;b=2", "x=&y", "name=J%C3%BCrgen+M&x=a%2Bb", "", "&&a=1&&", "=v", "k=",
       "a=b=c", "q=python+asyncio&page=2&sort=", "%zz=1"]
for q in qss:
    for kb in (False, True):
        same(f"parse_qs {q!r} {kb}", lambda: ts.parse_qs(q, keep_blank_values=kb),
             lambda: up.parse_qs(q, keep_blank_values=kb))
        same(f"parse_qsl {q!r} {kb}", lambda: ts.parse_qsl(q, keep_blank_values=kb),
             lambda: up.parse_qsl(q, keep_blank_values=kb))
    same(f"parse_qsl strict {q!r}", lambda: ts.parse_qsl(q, strict_parsing=True),
         lambda: up.parse_qsl(q, strict_parsing=True))
same("parse_qsl sep", lambda: ts.parse_qsl("a=1;b=2", separator=";"),
     lambda: up.parse_qsl("a=1;b=2", separator=";"))
same("parse_qsl bad sep", lambda: ts.parse_qsl("a=1", separator=None),
     lambda: up.parse_qsl("a=1", separator=None))
same("parse_qsl max", lambda: ts.parse_qsl("a=1&b=2&c=3", max_num_fields=2),
     lambda: up.parse_qsl("a=1&b=2&c=3", max_num_fields=2))

queries = [{"q": "python asyncio", "page": 2}, [("a", 1), ("a", 2), ("b", "x&y")],
           {"list": [1, 2, 3], "s": "str", "n": None, "b": b"by tes"}, {}, [],
           {"é": "ü/?", 1: 2.5}, "notvalid", [1, 2], (("t", (1, 2)),)]
for q in queries:
    for doseq in (False, True):
        same(f"urlencode {q!r} {doseq}", lambda: ts.urlencode(q, doseq=doseq),
             lambda: up.urlencode(q, doseq=doseq))
    same(f"urlencode quote {q!r}", lambda: ts.urlencode(q, quote_via=ts.quote, safe="/"),
         lambda: up.urlencode(q, quote_via=up.quote, safe="/"))

parts = [("http", "h", "/p", "a=1", "f"), ("", "", "p", "", ""), ("http", "", "p", "", ""),
         ("mailto", "", "x@y", "", ""), ("file", "", "/tmp", "", ""), ("", "h", "p", "", "")]
for p in parts:
    same(f"urlunsplit {p!r}", lambda: ts.urlunsplit(p), lambda: up.urlunsplit(p))
    p6 = p[:3] + ("pa",) + p[3:]
    same(f"urlunparse {p6!r}", lambda: ts.urlunparse(p6), lambda: up.urlunparse(p6))
same("result fields", lambda: ts.urlparse("http://x/y")._fields, lambda: up.urlparse("http://x/y")._fields)
same("replace", lambda: ts.urlsplit("http://x/y?z")._replace(query="a=1").geturl(),
     lambda: up.urlsplit("http://x/y?z")._replace(query="a=1").geturl())

# Quoting and query parsing on seeded random text: ASCII, reserved characters,
# multi-byte characters and broken escapes.
import random  # noqa: E402
qrng = random.Random(3)
alphabet = "aZ09_.-~ /?&=+%;:@#é€😀\x7f"
texts = ["".join(qrng.choice(alphabet) for _ in range(qrng.randint(0, 12))) for _ in range(60)]
texts += ["%41%4", "%zz%41", "%e2%82%ac%", "%E2%82", "a%20b%2", "%%41", "%C3%A9x%"]
for i, text in enumerate(texts):
    for safe in ("/", "", "é&", b"=+"):
        same(f"quote {i} {safe!r}", lambda: ts.quote(text, safe), lambda: up.quote(text, safe))
        same(f"quote_plus {i} {safe!r}", lambda: ts.quote_plus(text, safe),
             lambda: up.quote_plus(text, safe))
    raw = text.encode("utf-8")
    same(f"quote bytes {i}", lambda: ts.quote(raw), lambda: up.quote(raw))
    same(f"quote_plus bytes {i}", lambda: ts.quote_plus(raw), lambda: up.quote_plus(raw))
    same(f"unquote {i}", lambda: ts.unquote(text), lambda: up.unquote(text))
    same(f"unquote latin-1 {i}", lambda: ts.unquote(text, "latin-1"),
         lambda: up.unquote(text, "latin-1"))
    same(f"unquote_plus {i}", lambda: ts.unquote_plus(text), lambda: up.unquote_plus(text))
    same(f"unquote_to_bytes {i}", lambda: ts.unquote_to_bytes(text),
         lambda: up.unquote_to_bytes(text))
    same(f"unquote bytes {i}", lambda: ts.unquote(raw), lambda: up.unquote(raw))
    for keep in (False, True):
        for strict in (False, True):
            same(f"parse_qsl {i} {keep} {strict}",
                 lambda: ts.parse_qsl(text, keep, strict),
                 lambda: up.parse_qsl(text, keep, strict))
            same(f"parse_qs {i} {keep} {strict}",
                 lambda: ts.parse_qs(text, keep, strict), lambda: up.parse_qs(text, keep, strict))
    same(f"parse_qsl fields {i}", lambda: ts.parse_qsl(text, max_num_fields=2),
         lambda: up.parse_qsl(text, max_num_fields=2))
    same(f"parse_qsl sep {i}", lambda: ts.parse_qsl(text, separator=";"),
         lambda: up.parse_qsl(text, separator=";"))
for args in ((None,), ("", "/", "utf-8"), (b"x", "/", "utf-8"), (b"x", "/", None, "strict"),
             ("é", "/", "ascii"), ("é", "/", "ascii", "ignore"), (bytearray(b"a b"),)):
    same(f"quote args {args!r}", lambda: ts.quote(*args), lambda: up.quote(*args))
for bad in (None, ""):
    same(f"parse_qsl separator {bad!r}", lambda: ts.parse_qsl("a=1", separator=bad),
         lambda: up.parse_qsl("a=1", separator=bad))
same("unquote None", lambda: ts.unquote(None), lambda: up.unquote(None))
same("unquote_to_bytes None", lambda: ts.unquote_to_bytes(None), lambda: up.unquote_to_bytes(None))
same("quote_from_bytes str", lambda: ts.quote_from_bytes("x"), lambda: up.quote_from_bytes("x"))

# urljoin on RFC 3986's examples and seeded random relative references;
# urlunsplit/urlunparse/urldefrag round trips.
rfc_base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
        "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g"]
jrng = random.Random(9)
pieces = ["a", "b", ".", "..", "", "c;p", "d?q", "e#f"]
for _ in range(60):
    refs.append("/".join(jrng.choice(pieces) for _ in range(jrng.randint(1, 5))))
bases = [rfc_base, "http://a/b/c/", "http://a", "file:///tmp/x", "file", "ftp://h/p/q/",
         "mailto:x@y", "http:file", "https://h/a/b?c#d", "", "//h/p"]
for base in bases:
    for ref in refs:
        same(f"urljoin {base!r} {ref!r}", lambda: ts.urljoin(base, ref),
             lambda: up.urljoin(base, ref))
    same(f"urljoin nofrag {base!r}", lambda: ts.urljoin(base, "x#y", False),
         lambda: up.urljoin(base, "x#y", False))
for url in bases + refs[:40] + ["file:", "http://h", "x:/y", "//h", "a#", "s://n/p;q?r#f"]:
    same(f"urlunsplit {url!r}", lambda: ts.urlunsplit(ts.urlsplit(url)),
         lambda: up.urlunsplit(up.urlsplit(url)))
    same(f"urlunparse {url!r}", lambda: ts.urlunparse(ts.urlparse(url)),
         lambda: up.urlunparse(up.urlparse(url)))
    same(f"urldefrag {url!r}", lambda: tuple(ts.urldefrag(url)), lambda: tuple(up.urldefrag(url)))
for parts in (("", "", "p", "", ""), ("http", "", "", "", ""), ("file", "", "x", "", ""),
              ("http", None, "x", "", ""), ("", "n", "p", "q", "f"), ("s", "", "//x", "", "")):
    same(f"urlunsplit parts {parts!r}", lambda: ts.urlunsplit(parts),
         lambda: up.urlunsplit(parts))
for q in ({"a": [], "b": (1, "x y")}, [("k", b"v w"), (b"n", [b"1", 2])], {"s": "abc", "i": 5},
          [("é", {"z": 1})], "not pairs", 5, [1, 2], [], {}):
    for doseq in (False, True):
        same(f"urlencode more {q!r} {doseq}", lambda: ts.urlencode(q, doseq),
             lambda: up.urlencode(q, doseq))
same("urlencode encoding",
     lambda: ts.urlencode({"é": "€"}, encoding="latin-1", errors="replace"),
     lambda: up.urlencode({"é": "€"}, encoding="latin-1", errors="replace"))
