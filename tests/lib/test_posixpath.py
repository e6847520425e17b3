import os
import posixpath
import random
from compare import load, same, same_output

ts = load("posixpath")


class P:
    """An os.PathLike object."""
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


same("__all__", lambda: sorted(ts.__all__), lambda: sorted(posixpath.__all__))
for name in posixpath.__all__:
    theirs = getattr(posixpath, name)
    if not callable(theirs):
        same(f"posixpath.{name}", lambda: getattr(ts, name), lambda: theirs)

# Paths that reach every branch: slashes leading, trailing and doubled, dots alone and
# in names, '..' above the root and above a relative start, tildes and dollars.
texts = ["", "/", "//", "///", "////a", "a", "a/", "a//", "/a", "//a", "///a", "a/b", "a//b",
         "a/b/", "/a/b/c", "//a/b", "a/./b", "./a", ".", "..", "...", "../a", "a/..",
         "a/../..", "/..", "/../a", "//..", "a/b/../../..", "./../.", "x.py", ".bashrc",
         "..rc", "a.b.c", "a/.b", "a/..b.c", "a.b/c", "a.b/.c", "a/b.", "a/.", "/.x.y",
         "...x", "dir.d/", "~", "~/x", "~root", "~root/x", "~nosuchuser42/x", "~/", "x~",
         "$HOME/x", "${HOME}/x", "$TS_A$TS_B", "${TS_A}b", "$TS_Ab", "$", "${", "${}", "$}",
         "${TS_A", "$$TS_A", "a$TS_MISSING/b", "${TS_MISSING}", "$1x", "$é", "é/ü.txt",
         "${{TS_A}}", "${TS_A}}", "$TS_A/${TS_B}/$TS_C", "a b/c d.tar.gz", "\\a\\b", "a:b"]
os.environ.update(TS_A="alpha", TS_B="/beta/", TS_C="")
paths = texts + [t.encode() for t in texts]

single = ["normcase", "isabs", "split", "splitext", "splitdrive", "basename", "dirname",
          "normpath", "expanduser", "expandvars", "abspath", "realpath"]
for name in single:
    same(f"{name} over {len(paths)} paths", lambda: [getattr(ts, name)(p) for p in paths],
         lambda: [getattr(posixpath, name)(p) for p in paths])
    same(f"{name} PathLike", lambda: getattr(ts, name)(P("/a/../b.c")),
         lambda: getattr(posixpath, name)(P("/a/../b.c")))
    for bad in (None, 3.5, ["a"]):
        same(f"{name}({bad!r})", lambda: getattr(ts, name)(bad),
             lambda: getattr(posixpath, name)(bad))

# Joins of every pair and some triples, of both types.
rng = random.Random(5)
for kind in (str, bytes):
    pool = [p for p in paths if isinstance(p, kind)]
    same(f"join pairs {kind.__name__}",
         lambda: [ts.join(a, b) for a in pool for b in pool[:30]],
         lambda: [posixpath.join(a, b) for a in pool for b in pool[:30]])
    groups = [rng.sample(pool, rng.randint(1, 5)) for _ in range(200)]
    same(f"join groups {kind.__name__}", lambda: [ts.join(*g) for g in groups],
         lambda: [posixpath.join(*g) for g in groups])
    same(f"commonprefix {kind.__name__}", lambda: [ts.commonprefix(g) for g in groups],
         lambda: [posixpath.commonprefix(g) for g in groups])
    abs_groups = [[p for p in g if p.startswith(kind(b"/" if kind is bytes else "/"))]
                  for g in groups]
    rel_groups = [[p for p in g if not p.startswith(kind(b"/" if kind is bytes else "/"))]
                  for g in groups]
    for label, gs in (("abs", abs_groups), ("rel", rel_groups), ("mixed", groups)):
        for g in gs:
            same(f"commonpath {label} {g!r}", lambda: ts.commonpath(g),
                 lambda: posixpath.commonpath(g))
    for a in pool[::3]:
        for b in pool[::4]:
            same(f"relpath {a!r} {b!r}", lambda: ts.relpath(a, b), lambda: posixpath.relpath(a, b))
        same(f"relpath {a!r}", lambda: ts.relpath(a), lambda: posixpath.relpath(a))

# Argument errors as CPython words them.
calls = [("join", (1, "a")), ("join", ("a", 1)), ("join", ("a", b"b")), ("join", (b"a", "b")),
         ("join", ("a", P(b"b"))), ("join", ("a", P("b"))), ("join", ("a",)), ("join", ()),
         ("join", (b"/", P(b"x"), b"y")), ("join", ("a", None, "b")),
         ("commonpath", ([],)), ("commonpath", (["/a", "b"],)), ("commonpath", (["a", b"a"],)),
         ("commonpath", ([b"/a", "/b"],)), ("commonpath", (["a", 1],)),
         ("commonpath", ([P("/a/b"), "/a/c"],)), ("commonpath", ((p for p in ["/x/y", "/x"]),)),
         ("commonpath", (["", ""],)), ("commonpath", (["/"],)), ("commonpath", ([b"a/b", b"a"],)),
         ("commonprefix", ([],)), ("commonprefix", ([P("abc"), "abd"],)),
         ("commonprefix", ([[1, 2, 3], [1, 2, 4]],)), ("commonprefix", ([(1, 2), (1,)],)),
         ("relpath", ("",)), ("relpath", (None,)), ("relpath", ("a", b"b")),
         ("relpath", (b"a", "b")), ("relpath", ("/a/b", P("/a"))), ("relpath", (1,)),
         ("relpath", (0,)), ("relpath", ("/a", "/a")),
         ("realpath", ("/nonexistent-ts/a",), {"strict": True}),
         ("realpath", ("/nonexistent-ts/a/../b",)), ("realpath", ("/",), {"strict": True}),
         ("realpath", ("//x//y/",)), ("realpath", (b"//x/../y",)),
         ("getsize", ("/nonexistent-ts",)), ("getmtime", (b"/nonexistent-ts",)),
         ("getatime", ("/nonexistent-ts/x",)), ("getctime", ("/nonexistent-ts",)),
         ("getsize", (None,)), ("samefile", ("/nonexistent-ts", "/nonexistent-ts2")),
         ("exists", ("/nonexistent-ts",)), ("isfile", (b"/nonexistent-ts",)),
         ("isdir", ("/nonexistent-ts",)), ("islink", ("/nonexistent-ts",)),
         ("lexists", ("/nonexistent-ts",)), ("ismount", ("/nonexistent-ts/a",)),
         ("exists", (None,)), ("isdir", (1.5,)), ("lexists", (None,)),
         ("expandvars", ("$TS_A",)), ("expanduser", (b"~",))]
for call in calls:
    name, args = call[0], call[1]
    kwargs = call[2] if len(call) > 2 else {}
    if name == "commonpath" and not isinstance(args[0], list):
        continue  # a generator is used once; checked below
    same(f"{name}{args!r}", lambda: getattr(ts, name)(*args, **kwargs),
         lambda: getattr(posixpath, name)(*args, **kwargs))
same("commonpath generator", lambda: ts.commonpath(p for p in ["/x/y", "/x"]),
     lambda: posixpath.commonpath(p for p in ["/x/y", "/x"]))


class Stat:
    def __init__(self, ino, dev):
        self.st_ino, self.st_dev = ino, dev


same("samestat", lambda: [ts.samestat(Stat(1, 2), Stat(a, b)) for a in (1, 3) for b in (2, 4)],
     lambda: [posixpath.samestat(Stat(1, 2), Stat(a, b)) for a in (1, 3) for b in (2, 4)])
same("getsize message", lambda: str(ts.getsize("/nonexistent-ts")) if 0 else ts.getsize("/nope-ts"),
     lambda: posixpath.getsize("/nope-ts"))
for name in ("exists", "isfile", "isdir", "islink", "lexists", "ismount", "getsize", "join"):
    same(f"{name} doc", lambda: getattr(ts, name).__doc__, lambda: getattr(posixpath, name).__doc__)

# On the engine: os.path is posixpath, under its own name, and the functions a
# program calls through either name.
same_output("posixpath_engine", """import os, os.path, posixpath, sys
from os import path
print(os.path is posixpath, path is posixpath, sys.modules["os.path"] is posixpath)
print(posixpath.__name__, os.path.__name__, os.path.sep, posixpath.supports_unicode_filenames)
print(os.path.join("/usr", "lib", "python3"), posixpath.split(b"/a/b//"), os.path.splitext("a.tar.gz"))
print(posixpath.normpath("//a/./b/../c/"), os.path.relpath("/a/b/c", "/a/x"), posixpath.commonpath(["/a/b", "/a/c"]))
print(posixpath.expandvars("$NOPE_TS/${NOPE_TS}"), posixpath.isabs(b"/x"), posixpath.dirname("x/y/"))
for bad in [("a", 1), ("a", b"b")]:
    try:
        posixpath.join(*bad)
    except TypeError as e:
        print(e)
try:
    posixpath.getsize("/nope")
except FileNotFoundError as e:
    print(e)
print(os.path.exists("/nope"), posixpath.isdir("/nope"), sorted(posixpath.__all__) == sorted(dir(posixpath)) or len(posixpath.__all__))
""")
