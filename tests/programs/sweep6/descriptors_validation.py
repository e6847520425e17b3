import asyncio

class Typed:
    def __init__(self, kind, *, min_value=None):
        self.kind, self.min_value = kind, min_value
    def __set_name__(self, owner, name):
        self.public, self.private = name, "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValueError(f"{self.public} must be >= {self.min_value}")
        setattr(obj, self.private, value)

class LoggedAccess:
    def __get__(self, obj, objtype=None):
        print(f"  get via {objtype.__name__}")
        return 42

class Order:
    qty = Typed(int, min_value=1)
    price = Typed(float)
    magic = LoggedAccess()
    def __init__(self, qty, price):
        self.qty, self.price = qty, price
    @property
    def total(self):
        return self.qty * self.price

async def place(qty, price):
    await asyncio.sleep(0.01)
    return Order(qty, price)

async def main():
    results = await asyncio.gather(place(2, 9.99), place(0, 1.0), place("3", 1.0), place(1, 5), return_exceptions=True)
    for r in results:
        print(f"{r.total:.2f}" if isinstance(r, Order) else f"{type(r).__name__}: {r}")
    o = results[0]
    print(o.magic, Order.magic, type(Order.qty).__name__, Order.qty.public, vars(o))
    class Base:
        def __init__(self):
            print("Base init")
    class Left(Base):
        def __init__(self):
            print("Left init")
            super().__init__()
    class Right(Base):
        def __init__(self):
            print("Right init")
            super().__init__()
    class Diamond(Left, Right):
        def __init__(self):
            print("Diamond init")
            super().__init__()
    Diamond()
    print([c.__name__ for c in Diamond.__mro__])
    class Meta(type):
        def __call__(cls, *a, **k):
            print(f"creating {cls.__name__}{a}")
            return super().__call__(*a, **k)
    class Singleton(metaclass=Meta):
        _inst = None
        def __new__(cls, *a):
            if cls._inst is None:
                cls._inst = super().__new__(cls)
            return cls._inst
        def __init__(self, v):
            self.v = v
    s1, s2 = Singleton(1), Singleton(2)
    print(s1 is s2, s1.v)

asyncio.run(main())
