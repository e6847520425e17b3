# For bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple
# (and their subclasses), one positional sub-pattern matches the subject itself.
def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list(l) | tuple(l):
            return f"{type(l).__name__} of {len(l)}"
        case dict(d):
            return f"dict with {sorted(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} {sorted(s)}"
        case _:
            return "something else"


class MyInt(int):
    pass


for v in [True, -4, 7, MyInt(3), 2.5, "", "hi", b"x", bytearray(b"y"), [1], (1, 2),
          {"b": 1, "a": 2}, {3, 1}, frozenset({2}), None]:
    print(repr(v), "->", describe(v))


# A subclass that defines __match_args__ uses it instead.
class Celsius(float):
    __match_args__ = ("real", "imag")


match Celsius(21.5):
    case Celsius(r, i):
        print("celsius", r, i)

# Only one positional sub-pattern is allowed for these types.
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
