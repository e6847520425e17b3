import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError at", loop.time())
                raise
    except TimeoutError as e:
        print("outer TimeoutError", type(e.__context__).__name__)
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.timeout(0.3):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired first at", loop.time())
    try:
        async with asyncio.timeout(0.3) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("then outer", outer.expired(), loop.time())
    try:
        async with asyncio.timeout(0.1):
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError passes", e)
    async def swallow():
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            return "handled"
    print(await swallow(), asyncio.current_task().cancelling())

asyncio.run(main())
