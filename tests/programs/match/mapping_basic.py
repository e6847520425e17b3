# Mapping patterns: the listed keys must be present; other keys are allowed.
from collections import OrderedDict, defaultdict


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "resize", **size}:
            return f"resize {sorted(size.items())}"
        case {}:
            return f"other mapping with {len(event)} keys"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "click", "pos": [5, 6]},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "esc"},
    {"type": "resize", "w": 80, "h": 24},
    {},
    OrderedDict(type="click", pos=(0, 0)),
    defaultdict(list, type="key", key="z"),
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# **rest is a new dict holding the keys not named.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(rest, d)

# Literal keys of every kind.
match {1: "int", -2: "neg", 1.5: "float", 2j: "cplx", None: "none", True: "true", b"k": "bytes"}:
    case {1: a, -2: b, 1.5: c, 2j: d, None: e, b"k": f}:
        print(a, b, c, d, e, f)
