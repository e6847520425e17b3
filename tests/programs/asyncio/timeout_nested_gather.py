import asyncio

async def step(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            print(await step("a", 0.5))
            try:
                async with asyncio.timeout(2):
                    await step("b", 3)
            except TimeoutError:
                print("inner timeout?")
    except TimeoutError as e:
        print("outer timeout", round(loop.time(), 2), type(e).__name__)
    res = await asyncio.gather(asyncio.wait_for(step("c", 0.1), 1), asyncio.wait_for(step("d", 2), 0.2), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.wait_for(step("e", 1), timeout=0)
    except asyncio.TimeoutError:
        print("zero timeout", round(loop.time(), 2))
    t = asyncio.current_task()
    async with asyncio.timeout(0.1):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowing cancel", t.cancelling())
    print("after swallowed timeout", round(loop.time(), 2))

asyncio.run(main())
