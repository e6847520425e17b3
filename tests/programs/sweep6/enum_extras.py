import asyncio, enum
from enum import Enum, auto

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

class Shade(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def __str__(self):
        return self.name.title()

class Ordinal(str, Enum):
    FIRST = "1st"
    SECOND = "2nd"

class HttpStatus(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
    @property
    def is_error(self):
        return self >= 400

class Weekday(enum.Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKDAYS = MON | TUE | WED

async def main():
    for p in Planet:
        print(p, p.value, f"{p.surface_gravity:.2f}")
    print(list(Shade), Shade.CRIMSON, Shade.CRIMSON is Shade.RED, Shade("blue"), Shade.__members__.keys(), f"{Shade.BLUE}", repr(Shade.BLUE))
    print(Ordinal.FIRST == "1st", Ordinal.FIRST, f"{Ordinal.SECOND}", Ordinal("2nd").name, Ordinal.FIRST.upper(), repr(Ordinal.FIRST))
    print(HttpStatus(404).is_error, HttpStatus.OK.is_error, HttpStatus.OK + 1, HttpStatus.NOT_FOUND.name, [s.value for s in HttpStatus])
    print(Weekday.WEEKDAYS, Weekday.MON in Weekday.WEEKDAYS, list(Weekday), Weekday.MON | Weekday.WED, (Weekday.MON | Weekday.WED).name)
    Animal = Enum("Animal", "ANT BEE CAT")
    print(list(Animal), Animal.BEE.value, Animal["CAT"])
    Color = Enum("Color", [("R", "red"), ("G", "green")])
    print(Color.R, Color("green"), Color.R.value)
    try:
        Shade(5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Shade.RED = 3
    except AttributeError as e:
        print("AttributeError:", e)
    print(Shade.RED.__class__.__name__, type(Shade).__name__, isinstance(Shade.RED, Shade), Shade.RED.name, sorted(Shade.__members__))
    print({Shade.RED: "r"}[Shade.CRIMSON], Shade.RED == 1, HttpStatus.OK == 200, HttpStatus(200) is HttpStatus.OK)
    await asyncio.sleep(0)

asyncio.run(main())
