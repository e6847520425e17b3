import asyncio

async def leaf(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        print("leaf", name, "done")
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise

async def branch(name, fail_leaf):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(f"{name}.1", 0.1))
        tg.create_task(leaf(f"{name}.2", 0.3, fail=fail_leaf))
        tg.create_task(leaf(f"{name}.3", 0.5))
    print("branch", name, "complete")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("A", False), name="A")
            tg.create_task(branch("B", True), name="B")
    except* ValueError as eg:
        print("outer caught", repr(eg))
    outer = asyncio.create_task(branch("C", False))
    await asyncio.sleep(0.4)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("C cancelled from outside", outer.cancelled())
    async def bad_body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("D.1", 1))
            await asyncio.sleep(0.1)
            raise KeyError("body failed")
    try:
        await bad_body()
    except* KeyError as eg:
        print("body error", repr(eg))

asyncio.run(main())
