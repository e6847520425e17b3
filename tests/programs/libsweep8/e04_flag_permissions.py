import asyncio
from enum import Flag, IntFlag, auto, Enum, unique

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC

class FileMode(IntFlag):
    R = 4
    W = 2
    X = 1

USERS = {"ann": Perm.READ | Perm.WRITE, "bob": Perm.READ, "root": Perm.ALL, "guest": Perm.NONE}

async def check(user, need):
    await asyncio.sleep(0)
    have = USERS[user]
    return user, need, (need & have) == need, have & ~need

async def main():
    res = await asyncio.gather(*(check(u, Perm.WRITE) for u in USERS), check("root", Perm.READ | Perm.EXEC))
    for u, need, ok, rest in res:
        print(f"{u:6} needs {need!r}: {ok} rest={rest}")
    print([p.name for p in Perm], list(Perm.ALL), Perm.ALL.name, Perm(3), repr(Perm(3)), Perm(3).name, bool(Perm.NONE), Perm.NONE, repr(Perm.NONE))
    print(Perm.READ in Perm.ALL, Perm.READ | Perm.NONE, Perm.ALL ^ Perm.READ, ~Perm.ALL, ~Perm.NONE, Perm.READ < Perm.ALL if hasattr(Perm, "__lt__") and False else "")
    m = FileMode(6)
    print(m, repr(m), int(m), oct(m | FileMode.X), FileMode.R | 8, repr(FileMode.R | 8), FileMode(0), repr(~FileMode.R), str(FileMode.W), f"{m}", f"{m:d}", m.name)
    print(sorted(FileMode), list(FileMode(7)), FileMode.R + 1, FileMode.R & 6, type(FileMode.R & 6))
    try:
        Perm(16)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Perm.READ | 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        @unique
        class Dupe(Enum):
            A = 1
            B = 2
            C = 1
            D = 2
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
