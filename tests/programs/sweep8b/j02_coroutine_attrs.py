import asyncio, inspect

async def sample(x):
    await asyncio.sleep(0.1)
    return x

async def main():
    c = sample(1)
    print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), type(c.cr_await).__name__)
    print(await t, inspect.getcoroutinestate(c), c.cr_frame)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = sample(2)
    try:
        c2.send(5)
    except TypeError as e:
        print("TypeError:", e)
    print(type(c2.send(None)).__name__)
    try:
        c2.throw(ValueError("into coro"))
    except ValueError as e:
        print("ValueError", e)
    print(inspect.getcoroutinestate(c2))
    c3 = sample(3)
    c3.close()
    print(inspect.getcoroutinestate(c3))
    try:
        next(sample(4))
    except TypeError as e:
        print("TypeError:", e)
    try:
        iter(sample(5))
    except TypeError as e:
        print("TypeError:", e)
    w = sample(6).__await__()
    print(type(w).__name__)
    print(sample.__name__, sample.__code__.co_flags & 0x80 != 0)
    c4 = sample(7); c4.__name__ = "renamed"; print(c4.__name__, repr(c4).split(" at ")[0]); c4.close()

asyncio.run(main())
