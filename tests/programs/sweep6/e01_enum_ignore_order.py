import asyncio, enum
class Weekday(enum.Enum):
    _ignore_ = ["i"]
    MON = 1
    TUE = 2
    WED = 3
    def is_weekend(self):
        return False
class Shape(enum.IntEnum):
    CIRCLE = 1
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    def __repr__(self):
        return f"Color.{self.name}"
    @property
    def hex(self):
        return {"RED": "#f00", "GREEN": "#0f0"}[self.name]
async def main():
    await asyncio.sleep(0)
    print(list(Weekday), Weekday.TUE.is_weekend(), Shape("2"), Shape(1), [Color.RED, Color.GREEN], Color.RED.hex)
    print(Weekday.MON.value, Weekday(3).name, Weekday["WED"] is Weekday.WED, Weekday.__members__["TUE"])
    try:
        Shape("x")
    except ValueError as e:
        print("ValueError:", e)
    print({c: c.hex for c in Color}, Color.RED < Color.GREEN if False else "", sorted(Shape, reverse=True))
    try:
        Color.RED < Color.GREEN
    except TypeError as e:
        print("TypeError:", e)
    print(enum.Enum("Dyn", {"A": "a", "B": "b"}).B, enum.IntEnum("Num", "ONE TWO", start=10).TWO.value, enum.Flag("F", ["X", "Y"]).Y.value)
asyncio.run(main())
