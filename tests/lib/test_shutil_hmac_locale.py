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

# Added before the shutil rewrite: the file operations on a scratch directory, with
# their errors and onerror calls; which(); get_terminal_size() from the environment.
import os  # noqa: E402
import stat as stat_module  # noqa: E402
import tempfile  # noqa: E402


def shutil_file_system(sh, tmp):
    """Runs the file operations in tmp (fresh); paths in results are made relative to
    tmp so two runs compare."""
    out = []

    def rel(value):
        if isinstance(value, str):
            return value.replace(tmp, "<tmp>")
        if isinstance(value, (list, tuple)):
            return type(value)(rel(v) for v in value)
        return value

    def step(label, fn):
        try:
            out.append((label, rel(fn())))
        except Exception as e:
            out.append((label, type(e).__name__, rel(str(e))))

    def tree(root):
        found = []
        for where, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                full = os.path.join(where, name)
                with open(full, "rb") as f:
                    found.append((os.path.relpath(full, root), f.read(),
                                  oct(stat_module.S_IMODE(os.stat(full).st_mode))))
            found += [os.path.relpath(os.path.join(where, d), root) + "/" for d in dirs]
        return found

    j = lambda *names: os.path.join(tmp, *names)  # noqa: E731
    os.makedirs(j("src", "sub", "deeper"))
    for name, data, mode in (("a.txt", b"alpha", 0o644), ("b.py", b"print(1)", 0o755),
                             ("sub/c.txt", b"c" * 70000, 0o600), ("sub/deeper/d.pyc", b"", 0o644)):
        with open(j("src", name), "wb") as f:
            f.write(data)
        os.chmod(j("src", name), mode)
    step("copyfile", lambda: sh.copyfile(j("src", "a.txt"), j("a2.txt")))
    step("copyfile same", lambda: sh.copyfile(j("src", "a.txt"), j("src", "a.txt")))
    step("copyfile missing", lambda: sh.copyfile(j("nope"), j("x")))
    step("copyfile to dir", lambda: sh.copyfile(j("src", "a.txt"), j("src")))
    step("copyfile into missing dir", lambda: sh.copyfile(j("src", "a.txt"), j("no", "x")))
    step("copy into dir", lambda: sh.copy(j("src", "b.py"), j("src", "sub")))
    step("copy mode", lambda: oct(stat_module.S_IMODE(os.stat(j("src", "sub", "b.py")).st_mode)))
    step("copy2", lambda: sh.copy2(j("src", "b.py"), j("b2.py")))
    step("copy2 mtime", lambda: os.stat(j("src", "b.py")).st_mtime == os.stat(j("b2.py")).st_mtime)
    step("copyfile keeps mode", lambda: oct(stat_module.S_IMODE(os.stat(j("a2.txt")).st_mode)))
    step("copymode", lambda: (sh.copymode(j("src", "b.py"), j("a2.txt")),
                              oct(stat_module.S_IMODE(os.stat(j("a2.txt")).st_mode))))
    step("copystat", lambda: (sh.copystat(j("src", "sub", "c.txt"), j("a2.txt")),
                              oct(stat_module.S_IMODE(os.stat(j("a2.txt")).st_mode))))
    step("copymode missing", lambda: sh.copymode(j("nope"), j("a2.txt")))
    step("copytree", lambda: sh.copytree(j("src"), j("dst")))
    step("copytree result", lambda: tree(j("dst")))
    step("copytree exists", lambda: sh.copytree(j("src"), j("dst")))
    step("copytree dirs_exist_ok", lambda: sh.copytree(j("src"), j("dst"), dirs_exist_ok=True))
    step("copytree ignore", lambda: sh.copytree(j("src"), j("dst2"),
                                                ignore=sh.ignore_patterns("*.pyc", "a*")))
    step("copytree ignore result", lambda: tree(j("dst2")))
    seen = []
    step("copytree copy_function", lambda: sh.copytree(
        j("src"), j("dst3"), copy_function=lambda s, d: seen.append(os.path.relpath(s, tmp))))
    step("copytree copy_function calls", lambda: sorted(seen))
    step("copytree missing", lambda: sh.copytree(j("nope"), j("dst4")))
    step("move file", lambda: sh.move(j("a2.txt"), j("moved.txt")))
    step("move into dir", lambda: sh.move(j("moved.txt"), j("dst")))
    step("move exists", lambda: sh.move(j("b2.py"), j("dst")) and sh.move(j("dst", "b2.py"), j("dst")))
    step("move dir", lambda: sh.move(j("dst2"), j("dst5")))
    step("move missing", lambda: sh.move(j("nope"), j("x")))
    step("move into itself", lambda: sh.move(j("dst5"), j("dst5", "inner")))
    step("after moves", lambda: (tree(j("dst")), sorted(os.listdir(tmp))))
    step("rmtree", lambda: sh.rmtree(j("dst")))
    step("rmtree gone", lambda: os.path.exists(j("dst")))
    step("rmtree missing", lambda: sh.rmtree(j("nope")))
    step("rmtree missing ignored", lambda: sh.rmtree(j("nope"), ignore_errors=True))
    calls = []
    step("rmtree onerror", lambda: sh.rmtree(j("nope"), onerror=lambda f, p, e: calls.append(
        (f.__name__, os.path.relpath(p, tmp), e[0].__name__))))
    step("rmtree onerror calls", lambda: calls)
    step("disk_usage", lambda: (type(sh.disk_usage(tmp)).__name__, sh.disk_usage(tmp)._fields,
                                sh.disk_usage(tmp).total > 0))
    step("disk_usage missing", lambda: sh.disk_usage(j("nope")))
    step("chown nothing", lambda: sh.chown(j("src")))
    step("chown missing", lambda: sh.chown(j("nope"), os.getuid()))
    step("chown same", lambda: sh.chown(j("src", "a.txt"), os.getuid(), os.getgid()))
    step("chown no user", lambda: sh.chown(j("src", "a.txt"), "no-such-user-xyz"))
    step("chown no group", lambda: sh.chown(j("src", "a.txt"), group="no-such-group-xyz"))
    os.makedirs(j("bin", "dirtool"))
    for name, mode in (("tool", 0o755), ("plain", 0o644)):
        with open(j("bin", name), "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(j("bin", name), mode)
    for cmd in ("tool", "plain", "dirtool", "nope", j("bin", "tool"), j("bin", "plain"),
                "bin/tool"):
        for kwargs in ({"path": j("bin")}, {"path": j("x") + os.pathsep + j("bin")},
                       {"path": ""}, {"path": j("bin"), "mode": os.F_OK}):
            step(f"which {rel(cmd)} {rel(str(kwargs))}", lambda: sh.which(cmd, **kwargs))
    return out


with tempfile.TemporaryDirectory() as scratch_ours, tempfile.TemporaryDirectory() as scratch:
    sh_ours = shutil_file_system(ts_shutil, scratch_ours)
    sh_theirs = shutil_file_system(shutil, scratch)
    for ours_step, theirs_step in zip(sh_ours, sh_theirs):
        same(f"shutil fs {theirs_step[0]}", lambda: ours_step, lambda: theirs_step)
    same("shutil fs steps", lambda: len(sh_ours), lambda: len(sh_theirs))

saved_env = {k: os.environ.get(k) for k in ("COLUMNS", "LINES")}
for columns, lines in (("100", "40"), ("0", "30"), ("x", "7"), ("120", None)):
    os.environ["COLUMNS"] = columns
    if lines is None:
        os.environ.pop("LINES", None)
    else:
        os.environ["LINES"] = lines
    same(f"get_terminal_size {columns} {lines}",
         lambda: tuple(ts_shutil.get_terminal_size((11, 12)))[0 if lines is None else 0:
                                                               1 if lines is None else 2],
         lambda: tuple(shutil.get_terminal_size((11, 12)))[0 if lines is None else 0:
                                                            1 if lines is None else 2])
for key, value in saved_env.items():
    if value is None:
        os.environ.pop(key, None)
    else:
        os.environ[key] = value
same("which relative default mode", lambda: ts_shutil.which("definitely-not-a-program-xyz"),
     lambda: shutil.which("definitely-not-a-program-xyz"))
same("which sh", lambda: ts_shutil.which("sh"), lambda: shutil.which("sh"))

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
