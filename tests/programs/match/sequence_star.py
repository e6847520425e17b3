# Star sub-patterns collect the middle of a sequence into a list.
def split(v):
    match v:
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "no items"


print(split([1, 2, 3]))
print(split((1,)))
print(split(range(4)))
print(split([]))

match [1, 2, 3, 4, 5]:
    case [a, *mid, b]:
        print(a, mid, b)
match (1, 2):
    case [*init, last]:
        print(init, last)
match [1, 2, 3, 4, 5, 6]:
    case [1, 2, *_, 5, last]:
        print("wildcard star, last is", last)
match [1]:
    case [*_]:
        print("any sequence")


# With `*_` the items are read by index; the last ones with len() - k.
class Logged:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  len()")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


from collections.abc import Sequence
Sequence.register(Logged)

match Logged([10, 20, 30, 40]):
    case [x, *_, y]:
        print("ends", x, y)
match Logged([10, 20, 30, 40]):
    case [x, y, *_]:
        print("first two", x, y)
match Logged([10]):
    case [x, y, *_]:
        print("unexpected")
    case [*_]:
        print("too short for two")
