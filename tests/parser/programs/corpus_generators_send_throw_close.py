def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("caught inside:", e)
            continue
        if value is None:
            break
        total += value
    return total
gen = accumulator()
print(next(gen))
print(gen.send(10), gen.send(5))
print(gen.throw(ValueError("bad")))
try:
    gen.send(None)
except StopIteration as e:
    print("returned", e.value)
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
g = closable()
print(next(g))
g.close()
print(list(g))
