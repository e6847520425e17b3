import random
import stat
from compare import load, same

ts = load("stat")

# Every public name CPython's stat has, with the same value (constants) or kind.
public = [n for n in dir(stat) if not n.startswith("_")]
same("stat names", lambda: sorted(n for n in dir(ts) if not n.startswith("_")), lambda: public)
for name in public:
    theirs = getattr(stat, name)
    if isinstance(theirs, int):
        same(f"stat.{name}", lambda: getattr(ts, name), lambda: theirs)
    else:
        same(f"stat.{name} doc", lambda: getattr(ts, name).__doc__, lambda: theirs.__doc__)
        same(f"stat.{name} name", lambda: getattr(ts, name).__name__, lambda: theirs.__name__)

functions = [n for n in public if callable(getattr(stat, n))]

# Every file type with every permission pattern that matters, plus random modes.
modes = [0, 0o777, 0o7777, 0o170777, 0o177777, 0xFFFFFFFF, 1 << 31, 2 ** 32 - 1]
for kind in (0, stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO,
             stat.S_IFLNK, stat.S_IFSOCK, 0o70000, 0o110000, 0o150000):
    for perms in (0, 0o644, 0o755, 0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0o7000,
                  0o7777, 0o111, 0o222, 0o444, 0o5555, 0o3333):
        modes.append(kind | perms)
rng = random.Random(3)
modes += [rng.randrange(2 ** 32) for _ in range(300)]
modes += [rng.randrange(2 ** 17) for _ in range(300)]
for name in functions:
    same(f"{name} over {len(modes)} modes", lambda: [getattr(ts, name)(m) for m in modes],
         lambda: [getattr(stat, name)(m) for m in modes])

# The C module's argument errors.
bad = ["x", -1, -2 ** 70, 2 ** 32, 2 ** 63, 2 ** 64 - 1, 2 ** 64, 2 ** 100, 1.5, None, b"\x01",
       True, False]
for name in functions:
    for arg in bad:
        same(f"{name}({arg!r})", lambda: getattr(ts, name)(arg), lambda: getattr(stat, name)(arg))
    same(f"{name}()", lambda: getattr(ts, name)(), lambda: getattr(stat, name)())
    same(f"{name}(1, 2)", lambda: getattr(ts, name)(1, 2), lambda: getattr(stat, name)(1, 2))
    same(f"{name}(mode=1)", lambda: getattr(ts, name)(mode=1), lambda: getattr(stat, name)(mode=1))


class Mode(int):
    pass


same("int subclass", lambda: (ts.filemode(Mode(0o40755)), ts.S_IMODE(Mode(0o104755))),
     lambda: (stat.filemode(Mode(0o40755)), stat.S_IMODE(Mode(0o104755))))
same("module doc", lambda: ts.__doc__, lambda: stat.__doc__)
