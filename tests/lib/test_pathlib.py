import fnmatch
import pathlib
from compare import load, same

ts_fnmatch = load("fnmatch")
ts = load("pathlib", using=("fnmatch",))

paths = ["", ".", "/", "//", "///", "a", "a/b", "/a/b/", "a//b/./c/", "./a", "../x/..",
         "/usr/local/lib/python3.11/site-packages", "file.tar.gz", ".bashrc", "x.", "..",
         "//host/share", "/a/b.c.d", "dir/.hidden.txt", "~/docs", "a/b/c.py"]
attrs = ["parts", "drive", "root", "anchor", "name", "suffix", "suffixes", "stem"]


def describe(mod, cls, p):
    path = getattr(mod, cls)(p)
    out = [str(path), repr(path), path.as_posix(), path.is_absolute(), path.is_reserved()]
    out += [getattr(path, a) for a in attrs]
    out += [str(path.parent), [str(x) for x in path.parents], len(path.parents),
            repr(path.parents)[-9:], hash(path) == hash(getattr(mod, cls)(str(path)))]
    return out


for p in paths:
    for cls in ("PurePath", "PurePosixPath", "Path", "PosixPath"):
        same(f"{cls} {p!r}", lambda: describe(ts, cls, p), lambda: describe(pathlib, cls, p))


def ops(mod, p, q):
    P = mod.PurePosixPath
    out = []
    for f in (lambda: str(P(p) / q), lambda: str(p / P(q)), lambda: str(P(p, q)),
              lambda: str(P(p).joinpath(q, "z")), lambda: str(P(p).relative_to(q)),
              lambda: P(p).is_relative_to(q), lambda: P(p) == P(q), lambda: P(p) < P(q),
              lambda: P(p) >= P(q), lambda: str(P(p).with_name(q)),
              lambda: str(P(p).with_suffix(q)), lambda: str(P(p).with_stem(q)),
              lambda: P(p).match(q), lambda: P(p).as_uri(), lambda: P(p).parents[-1],
              lambda: [str(x) for x in P(p).parents[1:3]], lambda: P(p).parents[5]):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


pairs = [("/a/b/c", "/a"), ("/a/b/c", "a"), ("a/b", "a"), ("a/b", "b"), ("/x", "/"),
         ("/a/b.txt", ".py"), ("/a/b.txt", "c.md"), ("/a/b.txt", "*.txt"), ("a/b/c.py", "b/*.py"),
         ("a/b/c.py", "/a/*/c.py"), ("/a/b/c.py", "/a/*/c.py"), ("", "x"), ("/", "y"),
         ("a", ""), ("a.tar.gz", ".zip"), ("a", "b/c"), ("x", "."), ("x", "py"),
         ("/docs/report final.pdf", "*.PDF"), ("a/b", "/a/b"), ("/a/b", "/a/b"),
         ("/u/ü é", "*é"), ("a/b/c", "a/[bc]/?")]
for p, q in pairs:
    same(f"ops {p!r} {q!r}", lambda: ops(ts, p, q), lambda: ops(pathlib, p, q))

same("bad arg", lambda: ts.PurePath(5), lambda: pathlib.PurePath(5))
same("div bad", lambda: ts.PurePath("a") / 5, lambda: pathlib.PurePath("a") / 5)
same("types", lambda: [type(ts.PurePath("a")).__name__, type(ts.Path("a")).__name__,
                       isinstance(ts.Path("a"), ts.PurePath), ts.Path("a") == ts.PurePath("a"),
                       type(ts.Path("a") / "b").__name__, type(ts.Path("a").parent).__name__],
     lambda: [type(pathlib.PurePath("a")).__name__, type(pathlib.Path("a")).__name__,
              isinstance(pathlib.Path("a"), pathlib.PurePath),
              pathlib.Path("a") == pathlib.PurePath("a"), type(pathlib.Path("a") / "b").__name__,
              type(pathlib.Path("a").parent).__name__])
same("sorted", lambda: [str(p) for p in sorted(ts.PurePath(x) for x in paths)],
     lambda: [str(p) for p in sorted(pathlib.PurePath(x) for x in paths)])
same("fspath", lambda: __import__("os").fspath(ts.PurePath("a/b")),
     lambda: __import__("os").fspath(pathlib.PurePath("a/b")))

names = ["a.py", "b.txt", "A.PY", "x", ".hidden", "data[1].csv", "ab", "a-b", "é.py", "a\nb"]
pats = ["*.py", "?", "[ab]*", "[!a]*", "*", "data[[]1].csv", "a[-]b", "[a-c]b", "*[", "[]]",
        "[!]]", "*.PY", "a?b", "[^a]*", "**", ""]
for pat in pats:
    same(f"fnmatch {pat!r}", lambda: [n for n in names if ts_fnmatch.fnmatchcase(n, pat)],
         lambda: [n for n in names if fnmatch.fnmatchcase(n, pat)])
    same(f"fnmatch filter {pat!r}", lambda: ts_fnmatch.filter(names, pat),
         lambda: fnmatch.filter(names, pat))

# parents as a sequence (indexes, negative indexes, slices, errors) and comparisons.
for text in ("/a/b/c", "a/b/c", "/", ".", "a", "//x/y", "/a/./b/../c/"):
    for idx in (0, 1, 2, -1, -2, 3, -4, "x", slice(None), slice(1, None), slice(None, None, -1),
                slice(-2, None)):
        same(f"parents {text!r} {idx!r}", lambda: ts.PurePosixPath(text).parents[idx],
             lambda: pathlib.PurePosixPath(text).parents[idx])
    same(f"parents list {text!r}", lambda: (list(ts.PurePosixPath(text).parents),
                                            len(ts.PurePosixPath(text).parents),
                                            repr(ts.PurePosixPath(text).parents)[:25]),
         lambda: (list(pathlib.PurePosixPath(text).parents),
                  len(pathlib.PurePosixPath(text).parents),
                  repr(pathlib.PurePosixPath(text).parents)[:25]))
    for other in ("/a/b", "a/b/c", "/a/b/c", "b"):
        same(f"compare {text!r} {other!r}",
             lambda: [op(ts.PurePosixPath(text), ts.PurePosixPath(other)) for op in
                      (lambda a, b: a == b, lambda a, b: a < b, lambda a, b: a <= b,
                       lambda a, b: a > b, lambda a, b: a >= b, lambda a, b: a != b)],
             lambda: [op(pathlib.PurePosixPath(text), pathlib.PurePosixPath(other)) for op in
                      (lambda a, b: a == b, lambda a, b: a < b, lambda a, b: a <= b,
                       lambda a, b: a > b, lambda a, b: a >= b, lambda a, b: a != b)])
same("compare other type", lambda: (ts.PurePosixPath("a") == "a", ts.PurePosixPath("a") < "b"),
     lambda: (pathlib.PurePosixPath("a") == "a", pathlib.PurePosixPath("a") < "b"))

# Reading and writing files, and match() with anchored and relative patterns.
import os  # noqa: E402
import tempfile  # noqa: E402


def file_round_trip(mod):
    with tempfile.TemporaryDirectory() as tmp:
        path = mod.PosixPath(os.path.join(tmp, "f.txt"))
        out = [path.write_text("é\nline\r\n", encoding="utf-8", newline=""),
               path.read_text(encoding="utf-8"), path.read_bytes(),
               path.write_bytes(b"\x00\xff"), path.read_bytes(),
               path.write_bytes(bytearray(b"ab")), path.read_text(),
               path.write_text("\xff", encoding="ascii", errors="replace"), path.read_text()]
        for bad in (lambda: path.write_text(b"x"), lambda: path.write_bytes("x"),
                    lambda: path.read_text(encoding="nope")):
            try:
                bad()
            except Exception as e:
                out.append((type(e).__name__, str(e)))
        return out


same("pathlib files", lambda: file_round_trip(ts), lambda: file_round_trip(pathlib))
for text in ("/a/b/c.py", "a/b/c.py", "c.py", "/", "a"):
    for pattern in ("*.py", "b/*.py", "/a/b/*.py", "/*/*/*", "a/*/c.py", "*", "/a", "/", "",
                    "x/a/b/c.py", "**/c.py"):
        same(f"match {text!r} {pattern!r}", lambda: ts.PurePosixPath(text).match(pattern),
             lambda: pathlib.PurePosixPath(text).match(pattern))

# Added before the pathlib rewrite: construction from several pieces and from paths,
# with_* errors, relative_to with several arguments, odd names, bytes/pickling,
# and the file-system methods on a scratch directory.
import pickle  # noqa: E402

pieces = [("a", "b"), ("/a", "/b", "c"), ("a", "", "b"), ("", ""), ("a/", "./b/."), ("//a", "b"),
          ("x", "//y"), ("a", "///b"), ()]
for args in pieces:
    same(f"pieces {args!r}", lambda: [str(ts.PurePosixPath(*args)), ts.PurePosixPath(*args).parts],
         lambda: [str(pathlib.PurePosixPath(*args)), pathlib.PurePosixPath(*args).parts])
    same(f"pieces of paths {args!r}",
         lambda: str(ts.PurePosixPath(*[ts.PurePosixPath(a) for a in args])),
         lambda: str(pathlib.PurePosixPath(*[pathlib.PurePosixPath(a) for a in args])))
same("path and str mixed", lambda: str(ts.PurePosixPath(ts.PurePosixPath("/a"), "b", ts.Path("c"))),
     lambda: str(pathlib.PurePosixPath(pathlib.PurePosixPath("/a"), "b", pathlib.Path("c"))))
same("bytes arg", lambda: ts.PurePosixPath(b"a"), lambda: pathlib.PurePosixPath(b"a"))
same("rtruediv bad", lambda: 5 / ts.PurePath("a"), lambda: 5 / pathlib.PurePath("a"))
same("rtruediv", lambda: str("/x" / ts.PurePath("a")), lambda: str("/x" / pathlib.PurePath("a")))
same("rtruediv abs", lambda: str("/x" / ts.PurePath("/a")),
     lambda: str("/x" / pathlib.PurePath("/a")))
odd = ["a..b", "...", ".a.b", "a.b.", "a.", ".", "..", "a. b", "a .b", "a.b..c", ". .", "ü.ß"]
for name in odd:
    same(f"odd name {name!r}", lambda: [getattr(ts.PurePosixPath("d", name), a) for a in attrs],
         lambda: [getattr(pathlib.PurePosixPath("d", name), a) for a in attrs])
for base in ("/a/b.txt", "a", "/", "", "a/b.tar.gz", "/x/.bashrc"):
    for arg in ("c", "", ".", "..", "a/b", "/c", "c/", "./c", ".x", ".tar.bz2", "x.", "..x"):
        for meth in ("with_name", "with_stem", "with_suffix"):
            same(f"{meth} {base!r} {arg!r}",
                 lambda: str(getattr(ts.PurePosixPath(base), meth)(arg)),
                 lambda: str(getattr(pathlib.PurePosixPath(base), meth)(arg)))
for base in ("/a/b/c", "a/b/c", "//a/b", "/"):
    for args in (("/a", "b"), ("a", "b"), ("/",), ("",), ("/a/b/c",), ("//a",), ("//",),
                 ("a/b/c", "d"), ()):
        same(f"relative_to {base!r} {args!r}",
             lambda: str(ts.PurePosixPath(base).relative_to(*args)),
             lambda: str(pathlib.PurePosixPath(base).relative_to(*args)))
        same(f"is_relative_to {base!r} {args!r}",
             lambda: ts.PurePosixPath(base).is_relative_to(*args),
             lambda: pathlib.PurePosixPath(base).is_relative_to(*args))
for text in ("/a/b", "a", "", "/ü/x y"):
    same(f"bytes {text!r}", lambda: bytes(ts.PurePosixPath(text)),
         lambda: bytes(pathlib.PurePosixPath(text)))
    same(f"reduce {text!r}", lambda: ts.PurePosixPath(text).__reduce__()[1],
         lambda: pathlib.PurePosixPath(text).__reduce__()[1])
    same(f"pickle {text!r}", lambda: str(pickle.loads(pickle.dumps(ts.PurePosixPath(text)))),
         lambda: str(pickle.loads(pickle.dumps(pathlib.PurePosixPath(text)))))
    same(f"as_uri {text!r}", lambda: ts.PurePosixPath(text).as_uri(),
         lambda: pathlib.PurePosixPath(text).as_uri())
for text in ("/a/b", "a/b"):
    for pattern in ("*/a/b", "*/b", "*/*/*", "/*/b", "//a/b", "a/b", "A/B"):
        same(f"match more {text!r} {pattern!r}", lambda: ts.PurePosixPath(text).match(pattern),
             lambda: pathlib.PurePosixPath(text).match(pattern))
same("joinpath none", lambda: str(ts.PurePosixPath("a").joinpath()),
     lambda: str(pathlib.PurePosixPath("a").joinpath()))
same("joinpath abs", lambda: str(ts.PurePosixPath("a").joinpath("b", "/c", "d")),
     lambda: str(pathlib.PurePosixPath("a").joinpath("b", "/c", "d")))
same("dict keys", lambda: len({ts.PurePosixPath("a/b"), ts.PurePosixPath("a//b/"),
                               ts.PurePosixPath("./a/b"), ts.PurePosixPath("a/b/c")}),
     lambda: len({pathlib.PurePosixPath("a/b"), pathlib.PurePosixPath("a//b/"),
                  pathlib.PurePosixPath("./a/b"), pathlib.PurePosixPath("a/b/c")}))


def file_system(mod, tmp):
    """Walks the file-system methods in tmp (a fresh directory); results name paths
    relative to tmp so the two runs can be compared."""
    base = mod.Path(tmp)
    out = []

    def step(label, fn):
        try:
            value = fn()
            if isinstance(value, mod.PurePath):
                value = ("path", type(value).__name__, str(value.relative_to(tmp)))
            elif isinstance(value, (list, tuple)) and value and isinstance(value[0], mod.PurePath):
                value = sorted(str(v.relative_to(tmp)) for v in value)
            out.append((label, repr(value)))
        except Exception as e:
            out.append((label, type(e).__name__, str(e).replace(tmp, "<tmp>")))

    d = base / "d"
    f = d / "f.txt"
    step("exists before", lambda: (d.exists(), d.is_dir(), d.is_file(), f.exists()))
    step("mkdir", lambda: d.mkdir())
    step("mkdir again", lambda: d.mkdir())
    step("mkdir exist_ok", lambda: d.mkdir(exist_ok=True))
    step("mkdir deep", lambda: (base / "p" / "q" / "r").mkdir())
    step("mkdir parents", lambda: (base / "p" / "q" / "r").mkdir(parents=True))
    step("mkdir parents again", lambda: (base / "p" / "q").mkdir(parents=True, exist_ok=True))
    step("exists after", lambda: (d.exists(), d.is_dir(), d.is_file(), d.is_symlink()))
    step("write", lambda: f.write_text("hello"))
    step("is_file", lambda: (f.exists(), f.is_file(), f.is_dir(), f.is_mount()))
    step("touch existing", lambda: f.touch())
    step("touch exist_ok False", lambda: f.touch(exist_ok=False))
    step("touch new", lambda: (d / "g.py").touch())
    step("read after touch", lambda: f.read_text())
    step("stat size", lambda: f.stat().st_size)
    step("lstat size", lambda: f.lstat().st_size)
    step("iterdir", lambda: list(d.iterdir()))
    step("glob", lambda: list(d.glob("*.py")))
    step("glob star", lambda: list(d.glob("*")))
    step("glob empty", lambda: list(d.glob("")))
    step("rglob", lambda: list(d.rglob("*.txt")))
    step("samefile", lambda: (f.samefile(d / "f.txt"), f.samefile(str(f)), f.samefile(d / "g.py")))
    step("rename", lambda: f.rename(d / "h.txt"))
    step("after rename", lambda: (f.exists(), (d / "h.txt").read_text()))
    step("replace", lambda: (d / "h.txt").replace(str(d / "f2.txt")))
    step("unlink missing", lambda: (d / "nope").unlink())
    step("unlink missing ok", lambda: (d / "nope").unlink(missing_ok=True))
    step("unlink", lambda: (d / "f2.txt").unlink())
    step("rmdir full", lambda: d.rmdir())
    step("unlink g", lambda: (d / "g.py").unlink())
    step("rmdir", lambda: d.rmdir())
    step("read missing", lambda: f.read_text())
    step("stat missing", lambda: f.stat())
    step("open missing", lambda: f.open())
    step("open write", lambda: (lambda s: (s.write("x"), s.close()))((base / "o.txt").open("w")))
    step("open read", lambda: (lambda s: (s.read(), s.close()))((base / "o.txt").open()))
    step("read bytes", lambda: (base / "o.txt").read_bytes())
    step("absolute", lambda: mod.Path(tmp, "a", "..", "b").absolute())
    step("resolve", lambda: mod.Path(tmp, "a", "..", "b").resolve())
    step("relative absolute", lambda: mod.Path("x").absolute() == mod.Path.cwd() / "x")
    step("resolve relative", lambda: mod.Path("x/../y").resolve() == mod.Path.cwd() / "y")
    step("expanduser", lambda: (mod.Path("~/x").expanduser() == mod.Path.home() / "x",
                                str(mod.Path("a/~").expanduser()),
                                str(mod.Path("/~").expanduser())))
    step("cwd", lambda: (str(mod.Path.cwd()) == os.getcwd(), type(mod.Path.cwd()).__name__))
    return out


with tempfile.TemporaryDirectory() as scratch_ours, tempfile.TemporaryDirectory() as scratch:
    fs_ours = file_system(ts, scratch_ours)
    fs_theirs = file_system(pathlib, scratch)
    for ours_step, theirs_step in zip(fs_ours, fs_theirs):
        same(f"fs {theirs_step[0]}", lambda: ours_step, lambda: theirs_step)
    same("fs steps", lambda: len(fs_ours), lambda: len(fs_theirs))
