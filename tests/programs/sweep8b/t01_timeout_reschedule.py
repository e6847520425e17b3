import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired())
        cm.reschedule(loop.time() + 1)
        print(cm.when())
        await asyncio.sleep(0.5)
    print("ok", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.3)
            cm.reschedule(loop.time() + 0.2)
            print("rescheduled to", cm.when())
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), loop.time())
    try:
        async with asyncio.timeout(-1) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay expires at once", cm.expired())
    async with asyncio.timeout(2) as cm:
        cm.reschedule(None)
        await asyncio.sleep(5)
    print("no deadline now", cm.when(), loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at", cm.when(), loop.time())
    print(repr(asyncio.timeout(None))[:30])
    t = asyncio.timeout(3)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
