import asyncio

async def work():
    return "w"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.create_task(work())
    print(asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(work())
    print(type(t2).__name__, await t2, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(work)
    except TypeError as e:
        # The message shows the function's default repr (with its address).
        print("TypeError:", str(e).split(" <")[0])
    fut.cancel()

asyncio.run(main())
