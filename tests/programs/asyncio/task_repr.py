import asyncio

async def child():
    await asyncio.sleep(1)
    return 5

async def failing():
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(child(), name="kid")
    print(repr(t))
    await asyncio.sleep(0)
    await t
    print(repr(t))
    f = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(repr(f))
    f.exception()
    c = asyncio.create_task(child())
    c.cancel()
    await asyncio.sleep(0)
    print(repr(c))
    print(t.get_coro().__qualname__, t.get_coro().cr_running)

asyncio.run(main())
