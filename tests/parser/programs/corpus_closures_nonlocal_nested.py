def a():
    x = []
    def b():
        def c():
            nonlocal x
            x = x + ["c"]
        c()
        x.append("b")
    b()
    return x
print(a())
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator()
print([acc(n) for n in (1, 2, 3, 4)])
