    async with cond:
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(1)
 lambda   async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    try: