# sys.getsizeof reports CPython 3.11's 64-bit sizes: scalars, strings by their widest
# character, containers by their allocation (list growth, dict and set tables),
# generators versus lists, classes, instances and __sizeof__.
import sys


def show(label, value):
    print(f"{label:34} {sys.getsizeof(value)}")


for label, value in [("0", 0), ("1", 1), ("2**30", 2**30), ("2**62", 2**62), ("-(2**100)", -(2**100)),
                     ("10**100", 10**100), ("True", True), ("False", False), ("None", None),
                     ("3.14", 3.14), ("1+2j", 1 + 2j), ("''", ""), ("'a'", "a"), ("'hello'", "hello"),
                     ("'café'", "café"), ("'€uro'", "€uro"), ("'😀'", "😀"), ("'x' * 100", "x" * 100),
                     ("b''", b""), ("b'abc'", b"abc"), ("bytearray(b'abc')", bytearray(b"abc")),
                     ("()", ()), ("(1, 2, 3)", (1, 2, 3)), ("[]", []), ("[1, 2, 3]", [1, 2, 3]),
                     ("[1, 2, 3, 4, 5]", [1, 2, 3, 4, 5]), ("{}", {}), ("{'a': 1}", {"a": 1}),
                     ("{1: 'a'}", {1: "a"}), ("set()", set()), ("{1, 2, 3}", {1, 2, 3}),
                     ("frozenset(range(10))", frozenset(range(10))), ("range(1000)", range(1000)),
                     ("slice(1, 2)", slice(1, 2)), ("Ellipsis", ...), ("object()", object())]:
    show(label, value)

growth = []
items = []
for i in range(20):
    items.append(i)
    growth.append(sys.getsizeof(items))
print("list growing by append:", growth)
print("list(range(n)):", [sys.getsizeof(list(range(n))) for n in range(8)])
print("[0] * n:", [sys.getsizeof([0] * n) for n in range(8)])
print("comprehension:", [sys.getsizeof([x for x in range(n)]) for n in range(10)])
print("list(generator):", [sys.getsizeof(list(x for x in range(n))) for n in (0, 1, 5, 8, 9, 20)])
print("str.split:", [sys.getsizeof(("a " * n).split()) for n in (0, 1, 12, 13, 30)])
print("dict by insertion:", [sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 24, 2)])
print("dict of str keys:", [sys.getsizeof({str(k): k for k in range(n)}) for n in range(0, 24, 2)])
print("set:", [sys.getsizeof(set(range(n))) for n in range(0, 40, 4)])

numbers = [x * 2 for x in range(1000)]
lazy = (x * 2 for x in range(1000))
print("list of 1000 vs generator:", sys.getsizeof(numbers), sys.getsizeof(lazy))


def gen():
    yield 1


async def coro():
    pass


c = coro()
show("generator object", gen())
show("coroutine object", c)
c.close()
show("function", gen)
show("lambda", lambda: 0)
show("builtin function", len)
show("bound method", [].append)
show("module sys", sys)
show("class int", int)


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 1000


class MyList(list):
    pass


class MyInt(int):
    pass


class Err(Exception):
    pass


show("Plain()", Plain())
show("Slotted()", Slotted())
show("Sized() (__sizeof__ 1000)", Sized())
show("MyList()", MyList())
show("MyInt(7)", MyInt(7))
show("Err()", Err())
show("ValueError('x')", ValueError("x"))
show("class Plain", Plain)
show("class Err", Err)
print("__sizeof__ of [1, 2, 3]:", [1, 2, 3].__sizeof__())
print("__sizeof__ of 'abc':", "abc".__sizeof__())


class Returns:
    def __init__(self, value):
        self.value = value

    def __sizeof__(self):
        return self.value


for value in (10, True, -1, 1.5, "big", 2**70):
    try:
        print(f"__sizeof__ -> {value!r}:", sys.getsizeof(Returns(value)))
    except Exception as e:
        print(f"__sizeof__ -> {value!r}:", type(e).__name__, e)
print("default for TypeError:", sys.getsizeof(Returns("x"), -1))
try:
    sys.getsizeof(Returns(-5), -1)
except ValueError as e:
    print("default does not cover ValueError:", e)
print("keywords:", sys.getsizeof(object=1), sys.getsizeof(1, default=0))
for call in ("sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof(1, x=1)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
