import asyncio

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count

def chain(*its):
    for it in its:
        yield from it

def tree(d, depth=0):
    for k, v in d.items():
        yield "  " * depth + k
        if isinstance(v, dict):
            yield from tree(v, depth + 1)

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def main():
    print(list(take(10, fib())))
    a = averager()
    next(a)
    print([a.send(x) for x in (10, 20, 60)])
    try:
        a.send(None)
    except StopIteration as e:
        print("returned", e.value)
    print(list(chain("ab", [1, 2], range(2))))
    print("\n".join(tree({"root": {"a": {"a1": 1}, "b": 2}})))
    g = gen_with_finally()
    print(next(g))
    g.close()
    g2 = gen_with_finally()
    next(g2)
    try:
        g2.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown out:", e)
    squares = (x * x for x in range(5))
    print(sum(squares), sum(squares), type(squares).__name__)
    def inner():
        r = yield 1
        return r * 2
    def outer():
        v = yield from inner()
        yield v
    o = outer()
    print(next(o), o.send(21))
    print(list(zip(*[iter(range(6))] * 2)), dict(enumerate("ab", 1)), list(reversed(range(3))))
    it = iter([1, 2])
    print(next(it), next(it), next(it, "done"))
    try:
        next(it)
    except StopIteration:
        print("StopIteration")

asyncio.run(main())
