import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n

async def bad(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(n)

async def main():
    r = await asyncio.gather(ok(1), bad(2), ok(3), return_exceptions=True)
    print(r)
    g = asyncio.gather(ok(1), ok(5), return_exceptions=True)
    await asyncio.sleep(0.2)
    for ch in list(asyncio.all_tasks()):
        if ch is not asyncio.current_task():
            ch.cancel()
    print(await g)
    try:
        await asyncio.gather(bad(1), ok(2))
    except ValueError as e:
        print("first error", e)
    await asyncio.sleep(0.5)
    print(await asyncio.gather())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("pre")
    coro = ok(0)
    print(await asyncio.gather(fut, coro, fut))
    g2 = asyncio.gather(ok(1), bad(1))
    try:
        await g2
    except ValueError:
        print(g2.done(), type(g2.exception()).__name__)
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
