import asyncio

class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __repr__(self):
        return "LoudList(" + super().__repr__() + ")"

class DefaultDict2(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __str__(self):
        return f"{float(self):.1f}°C"
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

class Money(int):
    def __repr__(self):
        return f"${int(self) / 100:.2f}"
    def __add__(self, o):
        return Money(int(self) + int(o))

class AsyncSafeList(list):
    async def async_extend(self, items):
        for it in items:
            await asyncio.sleep(0)
            self.append(it)
        return self

async def main():
    l = LoudList([1])
    l.append(2)
    l += [3]
    print(l, len(l), l[1:], type(l[1:]).__name__, isinstance(l, list))
    d = DefaultDict2(a=1)
    print(d["hello"], d, "x" in d, d.get("zz"), dict(d))
    c = Celsius(21.5)
    print(c, repr(c), c.fahrenheit, c + 1, type(c + 1).__name__)
    try:
        Celsius(-300)
    except ValueError as e:
        print("ValueError:", e)
    p = Path("/usr/") / "lib" / "x.py"
    print(p, type(p).__name__, p.upper(), type(p.upper()).__name__)
    m = Money(150) + Money(275)
    print(m, [m], m * 2, type(m * 2).__name__)
    print(await AsyncSafeList([0]).async_extend(range(1, 4)))
    class Stack(list):
        push = list.append
        def peek(self):
            return self[-1]
    s = Stack()
    s.push(5); s.push(6)
    print(s.peek(), s.pop(), s, Stack.__mro__)
    class T(tuple):
        def __new__(cls, a, b):
            return super().__new__(cls, (a, b))
        @property
        def total(self):
            return sum(self)
    print(T(1, 2), T(1, 2).total, T(1, 2) == (1, 2), hash(T(1, 2)) == hash((1, 2)))

asyncio.run(main())
