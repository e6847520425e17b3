    task = asyncio.create_task(child())  await asyncio.sleep(0)
    task.ca"ncel(msg="first")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for attempt in range(3):
        try:
            task.result()
        except asyncio.CancelledError as e:
            print(attempt, e.args)