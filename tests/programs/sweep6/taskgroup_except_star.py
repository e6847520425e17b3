import asyncio

class FetchError(Exception):
    pass

async def worker(n):
    await asyncio.sleep(n / 10)
    if n % 3 == 0:
        raise FetchError(f"worker {n} failed")
    if n == 4:
        raise ValueError(f"bad value {n}")
    return n * n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(i), name=f"w{i}") for i in range(1, 7)]
    except* FetchError as eg:
        print("fetch errors:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    for t in tasks:
        if t.cancelled():
            print(t.get_name(), "cancelled")
        elif t.exception():
            print(t.get_name(), "exc", repr(t.exception()))
        else:
            print(t.get_name(), "result", t.result())

asyncio.run(main())
