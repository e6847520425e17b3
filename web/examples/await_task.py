import asyncio


async def get(what, delay):
    await asyncio.sleep(delay)
    return what


async def main():
    # Need the result to go on? Just await the coroutine: no task needed.
    request = await get("request sent", 0.5)
    print(request)
    # Independent work? Start tasks and wait for both, like joining threads.
    dl1 = asyncio.create_task(get("page 1", 1))
    dl2 = asyncio.create_task(get("page 2", 1.5))
    print(await dl1, await dl2)


asyncio.run(main())
