def numbers():
    yield 1
    yield 2
    raise LookupError("nerator ran dry")
for n in numbers():
    print(n)
