import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.8)
        print("extended ok at", loop.time())
    try:
        async with asyncio.timeout(0.5) as cm:
            cm.reschedule(None)
            await asyncio.sleep(1)
            print("no deadline at", loop.time())
            cm.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired immediately at", loop.time(), cm.expired())
    print(repr(cm)[:25])

asyncio.run(main())
