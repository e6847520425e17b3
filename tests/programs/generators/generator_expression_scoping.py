data = {"a": [1, 2], "b": [3]}
flat = list(v for vals in data.values() for v in vals)
print(flat)
def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
print(list(g))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
