from dataclasses import dataclass, field, KW_ONLY, asdict
import dataclasses

@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=False)

@dataclass(eq=False)
class Node:
    name: str
    children: list = field(default_factory=list)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default="")

v = Vec(3, 4)
print(v, v.norm(), Vec.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Config(host="h"), Config(port=1, host="x"))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
print(Mixed(1), Mixed(1, 5, b=7))
root = Node("root", [Node("a"), Node("b", [Node("c")])])
print(root)
print(root == Node("root"), asdict(root))
print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "y"))
print(Vec.__match_args__, Mixed.__match_args__, Config.__match_args__)
match v:
    case Vec(x, y) if x > 0:
        print("matched", x, y)
f = dataclasses.field()
print(f.default is dataclasses.MISSING, f.kw_only is dataclasses.MISSING, f.metadata)
try:
    @dataclass(frozen=True)
    class Fz(Key):
        pass
except TypeError as e:
    print("TypeError:", e)
Point = dataclasses.make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))])
print(Point(1, 2), Point.__annotations__)
@dataclass
class WithPost:
    items: list
    count: int = field(init=False)
    def __post_init__(self):
        self.count = len(self.items)
print(WithPost([1, 2, 3]))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
try:
    dataclasses.asdict(3)
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
