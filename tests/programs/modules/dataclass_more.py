from dataclasses import dataclass, field, InitVar, fields, is_dataclass, make_dataclass
import dataclasses

@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)

@dataclass
class Child(Base):
    name: str = "anon"
    secret: str = field(default="x", repr=False, compare=False)
    total: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = self.id * scale

c = Child(3, ["a"], "bob", scale=10)
print(c, c.total, is_dataclass(c), is_dataclass(Child), [f.name for f in fields(c)])
print(Child(1) == Child(1, secret="other"), Child.__init__.__doc__ is None or True)
try:
    @dataclass
    class Bad(Base):
        required: int
except TypeError as e:
    print("TypeError:", e)
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))])
print(P(1), P.__name__)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(2).__eq__ is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash(H(1, [2])))
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    v: int = 0
print(WithClassVar(), [f.name for f in fields(WithClassVar)])
print(dataclasses.asdict(Child(2, tags=[Base(1)])))
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
    def __str__(self):
        return f"{self.rank}{self.suit}"
hand = sorted([Card(10, "h"), Card(2, "s"), Card(10, "c")])
print([str(c) for c in hand], {Card(1, "x"): 1}, Card(1, "x") in {Card(1, "x")})
print(repr(Card), Card.__match_args__)
