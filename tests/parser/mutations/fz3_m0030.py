    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner timed out at", loop.tireturnme(), inner.expired(), outer.expired())
            await asyncio.sleep(5)
    easyncxcept TimeoutError: