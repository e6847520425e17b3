import asyncio
from abc import ABC, abstractmethod

class Account:
    __slots__ = ("_owner", "_balance", "__weakref__")
    interest = 0.02
    def __init__(self, owner, balance=0):
        self._owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    @balance.deleter
    def balance(self):
        print("deleting")
        self._balance = 0
    def __repr__(self):
        return f"{type(self).__name__}({self._owner!r}, {self._balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self._balance == other._balance
    __hash__ = None

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Counter:
    count = 0
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
    def __new__(cls, *a):
        Counter.count += 1
        return super().__new__(cls)
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2

class Sub(Counter, prefix="sub"):
    pass

async def main():
    a = Account("ann", 10)
    a.balance += 5
    print(a, a.balance, Account.balance.__doc__, a == Account("x", 15))
    try:
        a.balance = -1
    except ValueError as e:
        print("ValueError:", e)
    try:
        a.other = 1
    except AttributeError as e:
        print("AttributeError:", e)
    del a.balance
    print(a, hasattr(a, "__dict__"), Account.__slots__)
    try:
        hash(a)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
    print(Square(3), isinstance(Square(1), Shape), Square.__mro__[1].__name__)
    s = Sub.make()
    print(Sub.prefix, Counter.count, Sub.helper(4), type(s).__name__, s.__class__.__mro__)
    class Temp:
        def __init__(self):
            self._c = 0
        def __getattr__(self, name):
            return f"<missing {name}>"
        def __setattr__(self, name, value):
            print(f"set {name}={value!r}")
            object.__setattr__(self, name, value)
    t = Temp()
    t.x = 5
    print(t.x, t.y, getattr(t, "z", "dflt"), vars(t))

asyncio.run(main())
