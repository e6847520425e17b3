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
