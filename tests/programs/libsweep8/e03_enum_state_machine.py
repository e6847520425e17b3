import asyncio
from enum import Enum, IntEnum, auto

class Phase(Enum):
    IDLE = "idle"
    FETCHING = "fetching"
    PARSING = "parsing"
    DONE = "done"
    FAILED = "failed"

    def next(self):
        order = list(Phase)
        return order[order.index(self) + 1]

class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

class Machine:
    def __init__(self, name):
        self.name = name
        self.phase = Phase.IDLE
        self.history = [self.phase]

    async def step(self, fail=False):
        await asyncio.sleep(0.1)
        self.phase = Phase.FAILED if fail else self.phase.next()
        self.history.append(self.phase)

async def run(m, fail_at):
    while m.phase not in (Phase.DONE, Phase.FAILED):
        await m.step(fail=len(m.history) == fail_at)
    return m

async def main():
    ms = await asyncio.gather(run(Machine("a"), 99), run(Machine("b"), 2))
    for m in ms:
        print(m.name, [p.value for p in m.history], m.phase, repr(m.phase))
    print(Code(404), repr(Code.OK), Code.OK == 200, Code.ERROR > Code.OK, sorted([Code.ERROR, Code.OK]), f"{Code.NOT_FOUND}", f"{Code.NOT_FOUND!r}", "%d %s" % (Code.OK, Code.OK))
    print({c.name: c.value for c in Code}, Code.OK.name.lower(), [c for c in Code if c >= 400])
    print(Phase("done"), Phase.DONE.value, Phase["DONE"], Phase.DONE == "done", isinstance(Code.OK, int), Code.OK.real)
    try:
        Phase.DONE.next()
    except IndexError as e:
        print("IndexError:", e)
    try:
        Code(201)
    except ValueError as e:
        print("ValueError:", e)
    print(Phase.__name__, Phase.__members__["IDLE"], type(Phase), Phase.IDLE.__class__, bool(Phase.IDLE))
    print(hash(Phase.IDLE) == hash(Phase.IDLE), Phase.IDLE is Phase("idle"), {Phase.IDLE, Phase.IDLE})
    try:
        Phase.IDLE.value = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del Phase.IDLE
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Phase()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
