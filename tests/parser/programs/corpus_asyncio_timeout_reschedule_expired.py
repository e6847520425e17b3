import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(5) as cm:
        print("when", cm.when(), "expired", cm.expired())
        cm.reschedule(loop.time() + 10)
        print("when", cm.when())
        await asyncio.sleep(7)
        print("survived past 5 s at", loop.time())
        cm.reschedule(None)
        print("when", cm.when())
        await asyncio.sleep(20)
    print("no timeout, expired =", cm.expired(), loop.time())
    try:
        async with asyncio.timeout(1) as cm2:
            cm2.reschedule(loop.time() + 0.25)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled earlier fired at", loop.time(), cm2.expired())

asyncio.run(main())
