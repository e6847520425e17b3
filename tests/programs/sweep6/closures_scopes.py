import asyncio

counter = 0

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def make_tasks():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]

async def bump():
    global counter
    for _ in range(3):
        counter += 1
        await asyncio.sleep(0)

def defaults(x, acc=[]):
    acc.append(x)
    return acc

def kw(a, /, b, *, c=3, **rest):
    return a, b, c, rest

async def main():
    c = make_counter()
    print(c(), c(5), c.__closure__[0].cell_contents, c.__code__.co_freevars)
    late, bound = make_tasks()
    print([f() for f in late], [f() for f in bound])
    await asyncio.gather(bump(), bump())
    print(counter, defaults(1), defaults(2), kw(1, 2), kw(1, b=2, c=4, z=5))
    try:
        kw(a=1, b=2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        kw(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        kw(1)
    except TypeError as e:
        print("TypeError:", e)
    def outer():
        x = "outer"
        def inner():
            print(x)
        x = "changed"
        return inner
    outer()()
    try:
        def bad():
            print(y)
            y = 1
        bad()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        undefined_name
    except NameError as e:
        print("NameError:", e, e.name)
    adders = {n: (lambda x, n=n: x + n) for n in range(3)}
    print({k: f(10) for k, f in adders.items()})
    def args_demo(*args, **kwargs):
        return args, kwargs
    print(args_demo(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}), args_demo())
    first, *middle, last = range(6)
    (a, b), c2 = (1, 2), 3
    print(first, middle, last, a, b, c2)
    try:
        x, y = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
