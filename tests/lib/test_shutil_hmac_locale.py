"""Small modules rewritten in session 4 (shutil, hmac, locale, platform) against CPython's."""
import io
import shutil
from compare import load, same, same_output

ts_shutil = load("shutil")


def copy_streams(sh, data, length):
    src, dst = io.StringIO(data), io.StringIO()
    sh.copyfileobj(src, dst, length)
    return dst.getvalue()


for data in ("", "x", "abc" * 50000):
    for length in (0, 1, 7, 100000):
        same(f"shutil.copyfileobj {len(data)} {length}",
             lambda: copy_streams(ts_shutil, data, length),
             lambda: copy_streams(shutil, data, length))
names = ["a.py", "b.txt", "c.pyc", "dir", ".hidden", "x.PY"]
for patterns in ((), ("*.py",), ("*.py", "*.pyc"), (".*", "d*"), ("*",)):
    same(f"shutil.ignore_patterns {patterns}",
         lambda: sorted(ts_shutil.ignore_patterns(*patterns)("/", names)),
         lambda: sorted(shutil.ignore_patterns(*patterns)("/", names)))
same("shutil errors", lambda: [issubclass(getattr(ts_shutil, n), OSError) for n in
                               ("Error", "SameFileError", "SpecialFileError", "ExecError")],
     lambda: [issubclass(getattr(shutil, n), OSError) for n in
              ("Error", "SameFileError", "SpecialFileError", "ExecError")])
same("shutil missing copy", lambda: ts_shutil.copyfile("/no/such/file", "/tmp/x"),
     lambda: shutil.copyfile("/no/such/file", "/tmp/x"))
same("shutil rmtree ignore", lambda: ts_shutil.rmtree("/no/such/dir", ignore_errors=True),
     lambda: shutil.rmtree("/no/such/dir", ignore_errors=True))
same("shutil make_archive", lambda: ts_shutil.make_archive("x", "nope"),
     lambda: shutil.make_archive("x", "nope"))
same("shutil __all__", lambda: sorted(ts_shutil.__all__), lambda: sorted(shutil.__all__))

import locale
ts_locale = load("locale")
locale.setlocale(locale.LC_ALL, "C")
for name in ("C", "POSIX", None, ("C", None), (None, None), "xx_YY", "de_DE.UTF-8"):
    same(f"locale.setlocale {name!r}", lambda: ts_locale.setlocale(ts_locale.LC_NUMERIC, name),
         lambda: locale.setlocale(locale.LC_NUMERIC, name))
same("locale.setlocale bad category", lambda: ts_locale.setlocale(99, "C"),
     lambda: locale.setlocale(99, "C"))
same("locale.localeconv", lambda: sorted(ts_locale.localeconv().items()),
     lambda: sorted(locale.localeconv().items()))
for value in (0, 1234567, -3.5, 1e20, 2 / 3):
    same(f"locale.str {value}", lambda: ts_locale.str(value), lambda: locale.str(value))
    same(f"locale.format_string {value}",
         lambda: ts_locale.format_string("%.3f|%d", (value, value), grouping=True),
         lambda: locale.format_string("%.3f|%d", (value, value), grouping=True))
    same(f"locale.currency {value}", lambda: ts_locale.currency(value),
         lambda: locale.currency(value))
for text in ("12", "-3.25", "1e3", "x"):
    same(f"locale.atof {text}", lambda: ts_locale.atof(text), lambda: locale.atof(text))
    same(f"locale.atoi {text}", lambda: ts_locale.atoi(text), lambda: locale.atoi(text))
for a, b in (("a", "b"), ("b", "a"), ("x", "x")):
    same(f"locale.strcoll {a} {b}", lambda: (ts_locale.strcoll(a, b), ts_locale.strxfrm(a)),
         lambda: (locale.strcoll(a, b), locale.strxfrm(a)))
same("locale.getlocale LC_NUMERIC", lambda: ts_locale.getlocale(ts_locale.LC_NUMERIC),
     lambda: locale.getlocale(locale.LC_NUMERIC))

import hashlib
import hmac
ts_hmac = load("hmac")


def hmac_log(h, key, msg, mod):
    m = h.new(key, msg, mod)
    log = [m.name, m.digest_size, m.block_size, m.hexdigest()]
    twin = m.copy()
    twin.update(b"more")
    log += [m.hexdigest(), twin.hexdigest(), h.digest(key, msg or b"", mod).hex()]
    return log


for key in (b"", b"k", b"key" * 50, bytearray(b"abc")):
    for msg in (None, b"", b"The quick brown fox"):
        for mod in ("sha256", "md5", "sha1", hashlib.sha512, "sha384"):
            same(f"hmac {key[:5]!r} {msg!r} {mod}", lambda: hmac_log(ts_hmac, key, msg, mod),
                 lambda: hmac_log(hmac, key, msg, mod))
for bad in (("k", b"m", "sha256"), (b"k", b"m", ""), (b"k", b"m", None)):
    same(f"hmac bad {bad!r}", lambda: ts_hmac.new(*bad).hexdigest(),
         lambda: hmac.new(*bad).hexdigest())
for a, b in ((b"abc", b"abc"), (b"abc", b"abd"), (b"ab", b"abc"), ("x", "x"), ("x", "y"),
             ("x", b"x"), (b"", b""), (b"x", "x"), (1, b"x"), ("x", 1), (1, 2), ([1], [1]),
             (memoryview(b"ab"), b"ab"), (bytearray(b"q"), b"q"), ("é", "é")):
    same(f"hmac.compare_digest {a!r} {b!r}", lambda: ts_hmac.compare_digest(a, b),
         lambda: hmac.compare_digest(a, b))

# The same on the engine, whose builtins differ (no memoryview, fewer bytes methods).
same_output("hmac_engine", '''import hmac, hashlib
m = hmac.new(b"k", b"msg", "sha256")
c = m.copy()
c.update(b"x")
print(m.hexdigest(), c.hexdigest(), m.name, m.digest_size, m.block_size)
print(hmac.digest(b"k", b"m", "md5").hex(), hmac.new(b"k" * 100, b"x", hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b"z"), None, "md5").hexdigest())
for a, b in (("a", "a"), (b"a", b"b"), ("x", b"x"), (1, 2), ("\\xe9", "\\xe9"), (bytearray(b"a"), b"a")):
    try:
        print(hmac.compare_digest(a, b))
    except Exception as e:
        print(type(e).__name__, e)
''')
same_output("platform_engine_shape", '''import platform as p
print(p.python_version(), p.python_version_tuple(), p.python_implementation())
print(p.mac_ver(), p.win32_ver())
''')
