class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x):
        return self.base + x
print(list(Counter(4)), sum(Counter(10)))
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
