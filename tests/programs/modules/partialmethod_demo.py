from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, note=""):
        self._alive = bool(state)
        return f"set {state} {note}".strip()
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="(dead)")
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    make_two = partialmethod(make, 2)

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="again"))
print(len(Cell().make_two()))
p = partial(int, base=2)
print(p("101"), repr(p)[:30], p.args, p.keywords)
