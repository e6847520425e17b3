# The lines a traceback names inside match statements: the failing pattern, guard or
# body line.
import traceback
from dataclasses import dataclass


@dataclass
class Box:
    item: object


class Broken:
    __match_args__ = ("item",)

    @property
    def item(self):
        raise RuntimeError("no item")


def check(v):
    match v:
        case [x,
              y] if x / y:
            return "ratio"
        case Box(
            item=0):
            return "empty box"
        case Broken(
                it):
            return "never"
        case {"n": n}:
            return 10 // n
        case _:
            return len(v)


for v in [[1, 0], Box(0), Broken(), {"n": 0}, 5]:
    try:
        check(v)
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[-4:]))
        print("--")
