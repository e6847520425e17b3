import asyncio
from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

async def check(user, need):
    await asyncio.sleep(0)
    return need in user

async def main():
    user = Perm.READ | Perm.EXEC
    print(user, repr(user), Perm.RW, list(Perm), Perm.RW.value, ~Perm.READ)
    print(await asyncio.gather(check(user, Perm.READ), check(user, Perm.WRITE), check(user, Perm.READ | Perm.EXEC)))
    m = Mode.R | Mode.W
    print(m, repr(m), int(m), m & Mode.W, Mode(7), Mode(0), m | 8, oct(m))
    print(Perm(0), bool(Perm(0)), Perm.READ.name, (Perm.READ | Perm.WRITE).name, [p.name for p in user])
    print(Planet.EARTH, Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}", Planet((3.303e+23, 2.4397e6)).name)
    try:
        Perm(8)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
