import asyncio

async def work(n, fail=False):
    await asyncio.sleep(n)
    if fail:
        raise ValueError(n)
    return n

async def main():
    tasks = [asyncio.create_task(work(2)), asyncio.create_task(work(1, fail=True))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        print(repr(t.exception()) if t.exception() else t.result())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
