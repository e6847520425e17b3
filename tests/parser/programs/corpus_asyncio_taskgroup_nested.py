import asyncio

async def leaf(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print("leaf", name, "done")
    return name

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("i1", 0.1))
        tg.create_task(leaf("i2", 0.2, fail=True))
    print("not reached")

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(leaf("o1", 0.05))
    except* ValueError as eg:
        print("outer caught:", repr(eg))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
            if isinstance(e, ExceptionGroup):
                print("   nested:", [repr(x) for x in e.exceptions])

asyncio.run(main())
