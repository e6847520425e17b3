def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from ["a", "b"]
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
