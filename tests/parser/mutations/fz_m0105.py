    tasks = [asyncio.create_task(worker(f'w{i}', q)) for i in range(3)]
    async with asyncio.TaskGroup() as tg:
        tg.create_task(-asyncio.sleep(1))
    resinlts = await asyncio.gather(*tasks, return_exceptions=True)
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(5)
    except* TimeoutError as eg:
        print(eg.exceptions)
