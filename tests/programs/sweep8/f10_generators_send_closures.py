import asyncio

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

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

async def feed(gen, values):
    for v in values:
        await asyncio.sleep(0)
        print("avg", gen.send(v))

async def main():
    g = averager()
    next(g)
    await feed(g, [10, 20, 60])
    try:
        g.send(None)
    except StopIteration as e:
        print("final", e.value)
    c1, c2 = make_counter(), make_counter()
    print(c1(), c1(5), c2(), c1.__closure__[0].cell_contents)
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs], [(lambda i=i: i)() for i in range(3)])
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("gen cleanup")
    it = gen()
    print(next(it))
    it.close()
    def deleg():
        r = yield from averager()
        yield f"sub returned {r}"
    d = deleg(); next(d); d.send(4); print(d.send(None))
    try:
        next(it)
    except StopIteration:
        print("closed generator stops")
    g2 = (x * x for x in range(3))
    print(list(g2), list(g2))

asyncio.run(main())
