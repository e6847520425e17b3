# Coroutine and generator objects, their frames and the ready queue's entries are
# recycled between hops: each new one must start clean.
import asyncio
import gc
import sys
import weakref


async def sleeper(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
    return tag


async def raiser():
    await asyncio.sleep(0)
    try:
        raise ValueError("inside")
    except ValueError:
        await asyncio.sleep(0)
        return sys.exc_info()[0].__name__


def gen(n):
    try:
        for i in range(n):
            try:
                yield i
            finally:
                pass
    finally:
        print("gen closed at", n)


async def main():
    # Many coroutines made and dropped: names, state and results stay theirs.
    results = await asyncio.gather(*(sleeper(f"t{i}", i % 3) for i in range(6)))
    print(results)
    c = sleeper("fresh", 1)
    print(c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name)
    print(await c)
    print(c.cr_running)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    # The exception being handled inside a coroutine is its own after recycling.
    print(await raiser(), sys.exc_info())
    # Generators with try blocks of different depths, closed early and late.
    for n in (1, 2, 3):
        g = gen(n)
        print(next(g))
        del g
        gc.collect()
    print(list(gen(3)))
    # A weak reference to a coroutine dies with it, and the next coroutine is new.
    c = sleeper("weak", 0)
    r = weakref.ref(c, lambda ref: print("callback: gone"))
    print(await c, r() is c)
    del c
    gc.collect()
    print(r())
    d = sleeper("next", 0)
    print(d.__name__, d.cr_running, await d)
    # Tasks over the same coroutine function, interleaved.
    order = []

    async def hop(name):
        for i in range(3):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(hop("a"), hop("b"), hop("c"))
    print(" ".join(order))


asyncio.run(main())
