import asyncio
from typing import TypedDict, Protocol, NamedTuple, Optional, runtime_checkable, get_type_hints, Required, NotRequired

class User(TypedDict):
    id: int
    name: str
    email: NotRequired[str]

class Reply(TypedDict, total=False):
    status: Required[int]
    body: str

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Conn:
    def __init__(self, uid):
        self.uid = uid
        self.closed = False
    def close(self):
        self.closed = True

class Span(NamedTuple):
    start: float
    end: Optional[float] = None
    def duration(self):
        return None if self.end is None else self.end - self.start

async def handle(uid):
    loop = asyncio.get_running_loop()
    start = loop.time()
    c = Conn(uid)
    await asyncio.sleep(uid * 0.25)
    c.close()
    u: User = {"id": uid, "name": f"user{uid}"}
    r = Reply(status=200, body=str(u))
    return r, Span(start, loop.time()), isinstance(c, Closeable)

async def main():
    for r, span, closeable in await asyncio.gather(*(handle(i) for i in (1, 2))):
        print(r, span, span.duration(), closeable)
    print(User.__required_keys__, User.__optional_keys__, Reply.__required_keys__, Reply.__optional_keys__, User.__total__, Reply.__total__)
    print(get_type_hints(User), User(id=1, name="x"), type(User(id=1, name="x")), User.__name__)
    print(Span(1.0), Span._fields, Span.__annotations__, Span._field_defaults, Span(0.5, 2.0)._asdict())
    print(isinstance(3, Closeable), isinstance(open, Closeable), issubclass(Conn, Closeable))
    try:
        isinstance({}, User)
    except TypeError as e:
        print("TypeError:", e)
    class NotRuntime(Protocol):
        def f(self): ...
    try:
        isinstance(1, NotRuntime)
    except TypeError as e:
        print("TypeError:", e)
    try:
        NotRuntime()
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Bad(NamedTuple):
            a: int = 1
            b: int
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
