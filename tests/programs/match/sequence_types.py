# What counts as a sequence: list, tuple, range, deque, classes deriving from or
# registered with collections.abc.Sequence. Not str, bytes, bytearray, sets or dicts.
import array
from collections import deque, UserList
from collections.abc import Sequence, MutableSequence


def is_seq(v):
    match v:
        case [*_]:
            return True
        case _:
            return False


class Derived(Sequence):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class Registered:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


MutableSequence.register(Registered)


class ListChild(list):
    pass


class StrChild(str):
    pass


for v in [[1], (1,), range(2), deque([1]), array.array("i", [1]), UserList([1]), Derived(), Registered(),
          ListChild([1]), "ab", StrChild("ab"), b"ab", bytearray(b"ab"), {1}, frozenset(),
          {1: 2}, iter([1]), 5]:
    print(type(v).__name__, is_seq(v))

match Derived():
    case [a, b]:
        print("Derived items", a, b)
