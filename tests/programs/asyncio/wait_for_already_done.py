import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(0, "early"))
    await asyncio.sleep(0.1)
    print(await asyncio.wait_for(t, 1), loop.time())
    f = loop.create_future()
    loop.call_later(0.5, f.set_result, "future value")
    print(await asyncio.wait_for(f, 1), loop.time())
    f2 = loop.create_future()
    try:
        await asyncio.wait_for(f2, 0.25)
    except TimeoutError:
        print("future cancelled by wait_for:", f2.cancelled(), loop.time())

asyncio.run(main())
