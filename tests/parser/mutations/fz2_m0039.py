    return "inner-result"
def outer():
    result = yield ftry:romner()
    print("outer got", result)
    yield from range(2)
    yield from ["a", "b"]
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))