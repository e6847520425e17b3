import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"slow({n}) cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print(repr(cm).split(" ")[0], cm.when())
            await slow(2)
    except TimeoutError as e:
        print("timeout:", repr(e), cm.expired(), loop.time())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 1)
        print(cm.when())
        print(await slow(0.5))
    try:
        print(await asyncio.wait_for(slow(1), timeout=0.3))
    except asyncio.TimeoutError as e:
        print("wait_for:", type(e).__name__, e.__cause__ is None, type(e.__context__).__name__)
    print(await asyncio.wait_for(slow(0.1), timeout=None))
    try:
        async with asyncio.timeout_at(loop.time() + 0.2):
            try:
                await slow(5)
            finally:
                print("inner finally at", round(loop.time(), 2))
    except TimeoutError:
        print("timeout_at fired")
    try:
        async with asyncio.timeout(-1):
            print("entered expired")
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout")
    async with asyncio.timeout(1):
        try:
            async with asyncio.timeout(0.1):
                await slow(3)
        except TimeoutError:
            print("inner expired, outer fine", asyncio.current_task().cancelling())

asyncio.run(main())
