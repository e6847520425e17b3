import asyncio

async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise

async def main():
    log = []
    async def runner():
        try:
            await asyncio.wait_for(slow(log), 5)
        except asyncio.CancelledError:
            log.append("runner cancelled")
            raise
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", e.args)
    print(log)
    async def timeout_runner():
        async with asyncio.timeout(5):
            await slow(log)
    t2 = asyncio.create_task(timeout_runner())
    await asyncio.sleep(0.1)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("timeout block passes outer cancel on", t2.cancelled())
    print(log)

asyncio.run(main())
