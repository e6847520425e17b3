import asyncio

async def important():
    await asyncio.sleep(1)
    print("important finished")
    return 42

async def main():
    task = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out but task alive:", not task.done())
    print("result", await task)
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    print(outer.cancelled(), inner.cancelled())
    print(await inner)

asyncio.run(main())
