import asyncio, enum, json
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

class Method(StrEnum):
    GET = auto()
    POST = auto()

class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    ALL = A | B | C

class Const(Enum):
    X = 1
    helper = nonmember(5)
    @member
    def fn():
        return "fn member"

class Mood(Enum):
    HAPPY = ":)"
    SAD = ":("
    def describe(self):
        return f"{self.name.lower()} {self.value}"
    @property
    def label(self):
        return self.name.title()
    __str__ = describe

async def main():
    tasks = sorted([("b", Priority.LOW), ("a", Priority.HIGH), ("c", Priority.MEDIUM)], key=lambda t: t[1], reverse=True)
    print(tasks, Priority.parse("medium"), Priority.HIGH.value, int(Priority.LOW), Priority.HIGH - 1, max(Priority))
    print(json.dumps({"p": Priority.HIGH, "m": Method.POST}), Method.GET == "get", Method("post"), list(Method), Method.GET.value)
    print(Opt.ALL, Opt.A | Opt.C, Opt.NONE, ~Opt.A, Opt(5), Opt.ALL & ~Opt.B, [o.name for o in Opt], len(Opt), Opt.B in Opt.ALL, Opt(0) is Opt.NONE)
    print(Const.X, Const.helper, Const.fn, Const.fn.value(), [m.name for m in Const])
    print(Mood.HAPPY, Mood.SAD.label, f"{Mood.SAD}", repr(Mood.HAPPY), Mood.HAPPY.describe())
    print(Priority.__members__, Priority.MEDIUM.name, type(Priority.MEDIUM.value), Priority(2) == 2, Priority.HIGH in [3])
    try:
        @verify(CONTINUOUS)
        class Gap(IntEnum):
            A = 1
            C = 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(0)
    for p in Priority:
        match p:
            case Priority.LOW | Priority.MEDIUM:
                print(p.name, "not urgent")
            case Priority.HIGH:
                print(p.name, "urgent")

asyncio.run(main())
