from dataclasses import dataclass, field, asdict

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = P(1)
print(p, P.__slots__, asdict(p), hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(2)
print(f, hash(f) == hash(F(2)))
try:
    f.a = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Q(P):
    w: int = 5
print(Q(1, 2), Q.__slots__, P.__qualname__)
