import asyncio
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()
    def can_go(self, other):
        return other in TRANSITIONS[self]

TRANSITIONS = {State.IDLE: {State.RUNNING}, State.RUNNING: {State.DONE, State.FAILED}, State.DONE: set(), State.FAILED: {State.IDLE}}

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Color(StrEnum):
    RED = auto()
    GREEN = "g"

class Level(IntEnum):
    LOW = 1
    HIGH = 10

@unique
class Dir(Enum):
    N = "north"
    S = "south"

class Machine:
    def __init__(self):
        self.state = State.IDLE
    async def go(self, new):
        await asyncio.sleep(0.1)
        if not self.state.can_go(new):
            raise ValueError(f"cannot go {self.state.name} -> {new.name}")
        print(f"{self.state} -> {new!r}")
        self.state = new

async def main():
    m = Machine()
    for s in (State.RUNNING, State.FAILED, State.IDLE, State.DONE):
        try:
            await m.go(s)
        except ValueError as e:
            print("error:", e)
    print(list(State), State["DONE"], State(2), len(State), State.IDLE.value)
    print(Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, ~Perm.R, Perm(0), list(Perm.RW), bool(Perm(0)))
    print(Color.RED, Color.GREEN.upper(), f"{Color.RED}", Color("g"), repr(Color.RED))
    print(Level.HIGH > 5, Level.LOW + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.HIGH}", str(Level.LOW), repr(Level.LOW))
    print(Dir("north"), Dir.N.name, {d.name: d.value for d in Dir})
    try:
        State(99)
    except ValueError as e:
        print(e)
    try:
        class Bad(Enum):
            A = 1
            A = 2
    except TypeError as e:
        print("TypeError", e)
    print(State.RUNNING in TRANSITIONS[State.IDLE], hash(State.IDLE) == hash(State.IDLE), State.IDLE is State(1))
    class P(IntFlag):
        A = 1
        B = 2
    print(P.A | P.B, P(3), P.A | 4, repr(P.A | P.B), format(P.B, "d"))
    match m.state:
        case State.DONE:
            print("done state")

asyncio.run(main())
