from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1)
print(Level.HIGH > Level.LOW, Level.HIGH + 1, int(Level.LOW), [l.name for l in Level])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
