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
