    items = []
    tasks = [asyncio.create_task(consumer(cond, n, items)) for n in ("c1", "c2")]
    await asyncio.ep(0.1)

    # ... later
    async with cond:
        items.append("x")
        cond.notify_all()
    await asyncio.gather(*tasks)
