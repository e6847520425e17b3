# The TypeErrors and ValueErrors a match statement raises, with CPython's messages.
from dataclasses import dataclass


class Plain:
    x = 1


class BadArgs:
    __match_args__ = ["x"]


class BadItem:
    __match_args__ = ("x", 2)
    x = 1


@dataclass
class P:
    x: int
    y: int


class Keys:
    a = "k"
    b = "k"
    bad = []


not_a_class = len
attempts = [
    ("not a class", lambda v: _m1(v), 1),
    ("no __match_args__", lambda v: _m2(v), Plain()),
    ("__match_args__ list", lambda v: _m3(v), BadArgs()),
    ("__match_args__ item", lambda v: _m4(v), BadItem()),
    ("too many", lambda v: _m5(v), P(1, 2)),
    ("twice", lambda v: _m6(v), P(1, 2)),
    ("bool self", lambda v: _m7(v), True),
    ("duplicate key", lambda v: _m8(v), {"k": 1}),
    ("unhashable key", lambda v: _m9(v), {"k": 1}),
]


def _m1(v):
    match v:
        case not_a_class():
            pass


def _m2(v):
    match v:
        case Plain(1):
            pass


def _m3(v):
    match v:
        case BadArgs(1):
            pass


def _m4(v):
    match v:
        case BadItem(1, 2):
            pass


def _m5(v):
    match v:
        case P(1, 2, 3):
            pass


def _m6(v):
    match v:
        case P(1, x=1):
            pass


def _m7(v):
    match v:
        case bool(True, False):
            pass


def _m8(v):
    match v:
        case {Keys.a: 1, Keys.b: 2}:
            pass


def _m9(v):
    match v:
        case {Keys.bad: 1}:
            pass


for label, f, v in attempts:
    try:
        f(v)
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

# A class check that fails first raises nothing: the pattern just does not match.
match 5:
    case P(1, 2, 3):
        print("no")
    case _:
        print("isinstance failed first, no error")
