import asyncio
from enum import Enum, IntEnum, auto, unique

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FINISHED = 3

class Priority(IntEnum):
    LOW = 1
    HIGH = 10

async def job(name, prio):
    await asyncio.sleep(1 / prio)
    return name, State.DONE

async def main():
    res = await asyncio.gather(job("a", Priority.LOW), job("b", Priority.HIGH))
    print(res)
    print(repr(State.PENDING), str(State.PENDING), f"{State.PENDING}", format(State.RUNNING, ""), State.PENDING.name, State.PENDING.value)
    print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH:>5}", f"{Priority.LOW:03d}", Priority.HIGH + 1, Priority.LOW < 5)
    print(list(State), len(State), State.FINISHED is State.DONE, State(3), State["RUNNING"], State.__members__.keys())
    print(list(State.__members__.items()))
    print(sorted(Priority, reverse=True), max(Priority), Priority(10), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
    for bad in (99, "DONE"):
        try:
            State(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        State["nope"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        State.DONE = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        class Dup(Enum):
            A = 1
            A = 2
    except TypeError as e:
        print("TypeError:", e)
    try:
        @unique
        class U(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    try:
        class Sub(State):
            X = 9
    except TypeError as e:
        print("TypeError:", e)
    print(State.DONE in State, isinstance(State.DONE, State), type(State.DONE), State.DONE == 3, Priority.LOW == 1)
    Color = Enum("Color", "RED GREEN BLUE")
    print(list(Color), repr(Color.GREEN), Color.BLUE.value)
    Shape = Enum("Shape", [("SQ", "square"), ("CI", "circle")])
    print(repr(Shape.CI), Shape("square"))
    print({State.DONE: "x"}, State.DONE.__class__.__name__, dir(State)[:5])

asyncio.run(main())
