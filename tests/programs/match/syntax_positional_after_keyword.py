from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int


match P(1, 2):
    case P(x=1, y):
        print(y)
