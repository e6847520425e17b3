import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import heapq

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = field(default=0, compare=False, repr=False)

@dataclass(frozen=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    tags: tuple = ()

@dataclass
class Base:
    id: int
    created: float = 0.0

@dataclass
class User(Base):
    name: str = "anon"
    roles: list = field(default_factory=lambda: ["user"])
    password: InitVar[str] = None
    def __post_init__(self, password):
        self.has_pw = password is not None

@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

async def worker(heap):
    while heap:
        job = heapq.heappop(heap)
        await asyncio.sleep(job.priority / 10)
        print("ran", job)

async def main():
    heap = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "a2")]
    heapq.heapify(heap)
    await worker(heap)
    cfg = Config(port=9000)
    print(cfg, hash(cfg) == hash(Config(port=9000)), replace(cfg, host="x"))
    try:
        cfg.port = 1
    except FrozenInstanceError as e:
        print("frozen:", e)
    u = User(1, name="bob", password="pw")
    print(u, u.has_pw, asdict(u), astuple(u))
    print([f.name for f in fields(User)], User.__match_args__)
    print(Opts(1, c=5), Job(1, "x") < Job(2, "y"), Job(1, "x") == Job(1, "z"))
    try:
        Opts(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    match u:
        case User(id=1, name=n):
            print("matched", n)
    print(sorted([Job(5, "e"), Job(0, "z")]))

asyncio.run(main())
