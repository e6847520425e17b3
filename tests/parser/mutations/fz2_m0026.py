            await asyncio.sleep(5)
    except TimeoutError:
        print("outer timed out at", loop.time(), outer.expired()))

    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(3) as inner:
                await asyncio.sleep(5)
    except TimeoutError:
        print("outer (shorter) fired at", loop.time(), outer.expired(), inner.expired())