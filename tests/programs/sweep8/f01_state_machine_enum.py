import asyncio
from enum import Enum, auto, unique, StrEnum

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    def can_go(self, other):
        return other in TRANSITIONS[self]

class Cmd(StrEnum):
    START = auto()
    FINISH = auto()
    CRASH = auto()

TRANSITIONS = {State.IDLE: {State.RUNNING}, State.RUNNING: {State.DONE, State.FAILED},
               State.DONE: set(), State.FAILED: {State.IDLE}}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
    def go(self, new):
        if not self.state.can_go(new):
            raise RuntimeError(f"{self.state.name} -> {new.name} not allowed")
        self.state = new
        self.history.append(new)

async def drive(m, cmds):
    for c in cmds:
        await asyncio.sleep(0.1)
        match c:
            case Cmd.START:
                m.go(State.RUNNING)
            case Cmd.FINISH:
                m.go(State.DONE)
            case Cmd.CRASH:
                m.go(State.FAILED)
    return m.state

async def main():
    print(list(State), State(2), State["DONE"], State.IDLE.value, Cmd.START, repr(Cmd.CRASH), Cmd("finish"))
    m = Machine()
    print(await drive(m, [Cmd.START, Cmd.FINISH]))
    print([s.name for s in m.history])
    try:
        await drive(Machine(), ["start", "crash", "finish"])
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(State.IDLE is State(1), State.IDLE == 1, len(State), State.DONE in State)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    print({s: s.value for s in State}, sorted(Cmd), f"{State.IDLE}", f"{Cmd.START}")

asyncio.run(main())
