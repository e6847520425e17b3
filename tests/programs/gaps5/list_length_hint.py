# list(), tuple(), bytes(), sorted(), join and extend ask an iterable for its length
# (__len__, or __length_hint__) where CPython does, in its order, with its errors.
class Seq:
    def __init__(self, n, name):
        self.n = n; self.name = name
    def __len__(self):
        print(f"  {self.name}.__len__")
        return self.n
    def __iter__(self):
        print(f"  {self.name}.__iter__")
        return iter(range(self.n))

class Hint:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self):
        print("  Hint.__iter__")
        return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
    def __length_hint__(self):
        print("  Hint.__length_hint__")
        return self.n

class BadLen(Seq):
    def __len__(self):
        print("  BadLen.__len__")
        raise ValueError("no length")

class TypeLen(Seq):
    def __len__(self):
        print("  TypeLen.__len__")
        raise TypeError("not now")

class BadHint(Hint):
    def __length_hint__(self):
        print("  BadHint.__length_hint__")
        return "many"

for label, make in [("list", list), ("tuple", tuple), ("bytearray", bytearray), ("bytes", bytes),
                    ("sorted", sorted), ("set", set), ("b''.join", lambda x: b"".join(bytes([i]) for i in x)),
                    ("','.join", lambda x: ",".join(map(str, x))), ("list.extend", lambda x: [0].extend(x)),
                    ("enumerate", lambda x: list(enumerate(x))), ("dict.fromkeys", dict.fromkeys)]:
    for obj in (Seq(3, "Seq"), Hint(3), BadLen(2, "BadLen"), TypeLen(2, "TypeLen"), BadHint(2)):
        print(label, type(obj).__name__)
        try:
            print("  ->", make(obj))
        except Exception as e:
            print("  !!", type(e).__name__, e)
