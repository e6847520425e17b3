import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def ret():
    return [1, 2]

async def boom():
    raise RuntimeError("bad")

async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], "wait_for" in repr(t))
    t.cancel()
    print(repr(t).split(" coro=")[0])
    t.cancel("twice")
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], t.cancelling())
    r = asyncio.create_task(ret(), name="ret")
    await r
    print(repr(r).split(" coro=")[0], repr(r).split(">")[-2][-20:])
    b = asyncio.create_task(boom(), name="boom")
    await asyncio.sleep(0)
    print(repr(b).split(" coro=")[0], repr(b).endswith("exception=RuntimeError('bad')>"))
    b.exception()
    t2 = asyncio.create_task(sleeper())
    print(t2.get_name().startswith("Task-"), t2.get_coro().__name__, t2.get_coro().__qualname__)
    t2.set_name(123)
    print(repr(t2.get_name()))
    t2.set_name("renamed")
    print(t2.get_name(), repr(t2)[:30])
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.done(), t2.cancelled())
    print(asyncio.current_task().get_name())

asyncio.run(main())
