# Random calls of every bytes/bytearray method with random arguments (right and wrong
# types, out-of-range ints, keywords): results and error messages must equal CPython's.
import random

rng = random.Random(2026)
ALPHA = [b"a", b"b", b"A", b" ", b"\t", b"\n", b"\r", b"-", b"+", b"0", b"1", b"=", b",",
         b"\xff", b"Z", b"z", b"\x0b"]
METHODS = ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex",
           "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
           "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
           "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
           "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
           "swapcase", "title", "translate", "upper", "zfill"]
KEYWORDS = {"split": ["sep", "maxsplit"], "rsplit": ["sep", "maxsplit"],
            "splitlines": ["keepends"], "expandtabs": ["tabsize"],
            "hex": ["sep", "bytes_per_sep"], "decode": ["encoding", "errors"],
            "translate": ["delete"]}


def some_bytes(most):
    return b"".join(rng.choice(ALPHA) for _ in range(rng.randint(0, most)))


def some_arg():
    r = rng.random()
    if r < 0.35:
        return some_bytes(3)
    if r < 0.5:
        return rng.randint(-12, 12)
    if r < 0.55:
        return None
    if r < 0.6:
        return "a"
    if r < 0.65:
        return bytearray(some_bytes(2))
    if r < 0.7:
        return rng.choice([256, -1, 2**70, -2**70, 1.5, True])
    if r < 0.75:
        return (some_bytes(2), some_bytes(2))
    if r < 0.8:
        return ":"
    return some_bytes(1)


for _ in range(1500):
    name = rng.choice(METHODS)
    args = [some_arg() for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3]))]
    kwargs = {}
    if name in KEYWORDS and rng.random() < 0.3:
        kwargs[rng.choice(KEYWORDS[name])] = some_arg()
    receiver = some_bytes(8)
    if rng.random() < 0.3:
        receiver = bytearray(receiver)
    call = f"{receiver!r}.{name}({', '.join(map(repr, args))}{', ' if args and kwargs else ''}" \
           f"{', '.join(f'{k}={v!r}' for k, v in kwargs.items())})"
    try:
        result = getattr(receiver, name)(*args, **kwargs)
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
    else:
        print(call, "->", repr(result))
