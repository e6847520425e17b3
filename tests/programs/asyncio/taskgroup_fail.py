import asyncio

async def worker(n):
    await asyncio.sleep(n * 0.1)
    if n % 2:
        raise ValueError(f"odd {n}")
    print("worker", n, "ok")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(worker(i))
    except* ValueError as eg:
        print("caught", eg.exceptions)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker(2))
    print(t.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1))
        tg.create_task(worker(3))

asyncio.run(main())
