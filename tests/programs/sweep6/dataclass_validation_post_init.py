import asyncio
from dataclasses import dataclass, field, fields, asdict, replace
@dataclass
class Product:
    name: str
    price: float
    qty: int = 0
    sku: str = field(init=False)
    _registry = {}
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"price must be >= 0, got {self.price}")
        for f in fields(self):
            if f.name == "sku":
                continue
            v = getattr(self, f.name)
            if not isinstance(v, f.type if isinstance(f.type, type) else object):
                raise TypeError(f"{f.name} should be {f.type.__name__}, got {type(v).__name__}")
        self.sku = f"{self.name[:3].upper()}-{len(Product._registry):03d}"
        Product._registry[self.sku] = self
@dataclass(frozen=True)
class Point3:
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    def __add__(self, o):
        return Point3(self.x + o.x, self.y + o.y, self.z + o.z)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
async def make(*a):
    await asyncio.sleep(0)
    return Product(*a)
async def main():
    res = await asyncio.gather(make("apple", 1.5, 3), make("bad", -1.0), make("pear", "2"), make("kiwi", 0.5), return_exceptions=True)
    for r in res:
        print(r if isinstance(r, Product) else f"{type(r).__name__}: {r}")
    print(sorted(Product._registry), asdict(res[0]))
    try:
        replace(res[0], sku="X")
    except ValueError as e:
        print("ValueError:", e)
    p = Point3(1, 2, 2)
    print(p + Point3(z=1), p.norm, {p, Point3(1, 2, 2)}, p == Point3(1.0, 2.0, 2.0))
    try:
        object.__setattr__(p, "x", 5)
        print("bypassed frozen:", p)
        del p.y
    except Exception as e:
        print(type(e).__name__, e)
asyncio.run(main())
