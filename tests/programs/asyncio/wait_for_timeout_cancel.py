import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    finally:
        print("slow cleanup")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, repr(e))
    print(await asyncio.wait_for(asyncio.sleep(0.1, "done"), 1))
    try:
        async with asyncio.timeout(0.5) as cm:
            await slow()
    except TimeoutError:
        print("timeout expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(1)
    print("when", cm.when(), cm.expired())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.25):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_at", repr(e), e.__cause__ is None, type(e.__context__).__name__)

asyncio.run(main())
