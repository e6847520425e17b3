import asyncio

async def compute(task_id):
    await asyncio.sleep(0.1)
    if task_id == 3:
        raise ValueError(f"Task {task_id} failed")
    return task_id ** 2

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(compute(i)) for i in range(1, 5)]
    except* ValueError as eg:
        print("Errors:")
        for exc in eg.exceptions:
            print(f"  {exc}")

    print("Results from successful tasks:")
    for t in tasks:
        if not t.cancelled() and t.exception() is None:
            print(f"  {t.result()}")

asyncio.run(main())
