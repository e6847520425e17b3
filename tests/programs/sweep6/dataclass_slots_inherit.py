import asyncio
from dataclasses import dataclass, field, asdict, is_dataclass, fields, MISSING
from typing import Optional, List, ClassVar

@dataclass
class Node:
    name: str
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0
    def add(self, child):
        child.parent = self
        self.children.append(child)
        Node.count += 1
        return child

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

@dataclass(eq=False)
class Handle:
    fd: int

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default="")

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

async def build():
    await asyncio.sleep(0.1)
    root = Node("root")
    a = root.add(Node("a"))
    a.add(Node("a1"))
    root.add(Node("b"))
    return root

async def main():
    root = await build()
    print(root)
    print(Node.count)
    p = Pixel(1, 2)
    print(p, Pixel.__slots__, hasattr(p, "__dict__"))
    try:
        p.z = 3
    except AttributeError as e:
        print("AttributeError", type(e).__name__)
    h1, h2 = Handle(1), Handle(1)
    print(h1 == h2, h1 == h1)
    print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1) == Key(1))
    d = Dog("rex", tricks=["sit"])
    print(d, d.speak(), Animal("cat").speak(), isinstance(d, Animal), is_dataclass(d), is_dataclass(Dog))
    print([(f.name, f.default if f.default is not MISSING else "-") for f in fields(Dog)])
    print(Dog.__init__.__doc__ is None, Dog.__eq__(d, Dog("rex", tricks=["sit"])), d != Animal("rex", "woof"))
    try:
        @dataclass
        class Bad:
            x: list = []
    except ValueError as e:
        print("ValueError:", e)
    try:
        @dataclass
        class Bad2:
            x: int = 1
            y: int
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
