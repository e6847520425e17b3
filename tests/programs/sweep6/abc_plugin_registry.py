import asyncio
from abc import ABC, abstractmethod

REGISTRY = {}

def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return deco

class Plugin(ABC):
    @abstractmethod
    async def run(self, data): ...
    def __repr__(self):
        return f"<Plugin {self.plugin_name}>"
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

@register("upper")
class Upper(Plugin):
    async def run(self, data):
        await asyncio.sleep(0.01)
        return data.upper()

@register("reverse")
class Reverse(Plugin):
    async def run(self, data):
        await asyncio.sleep(0.02)
        return data[::-1]

@register("broken")
class Broken(Plugin):
    pass

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"

class Tagged(metaclass=Meta):
    pass

class Child(Tagged):
    tag = "custom"

async def main():
    data = "hello"
    for name, cls in REGISTRY.items():
        try:
            p = cls()
        except TypeError as e:
            print(f"{name}: {e}")
            continue
        data = await p.run(data)
        print(p, data)
    print(sorted(REGISTRY), issubclass(Upper, Plugin), Plugin.__abstractmethods__, Broken.__abstractmethods__)
    print(Tagged, Child, type(Child), isinstance(Child, Meta))
    class Virtual(ABC):
        pass
    Virtual.register(int)
    print(isinstance(3, Virtual), issubclass(bool, Virtual), issubclass(str, Virtual))

asyncio.run(main())
