import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(loop.time() + 1)
    print("before entering:", cm.when(), cm.expired())
    try:
        async with cm:
            await asyncio.sleep(2)
    except TimeoutError:
        print("expired:", cm.expired(), "at", loop.time())
    cm2 = asyncio.timeout(3)
    async with cm2:
        await asyncio.sleep(1)
    print("not expired:", cm2.expired(), "when", cm2.when())

asyncio.run(main())
