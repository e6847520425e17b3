"""Small modules rewritten in session 4 (shutil, hmac, locale, platform) against CPython's."""
import io
import shutil
from compare import load, same

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
