# asyncio.wait with a timeout and each return_when: what is done, what is pending,
# and when it returns; pending tasks keep running afterwards.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        start = loop.time()
        tasks = [asyncio.create_task(job("a", 0.3)),
                 asyncio.create_task(job("b", 0.1, fail=True)),
                 asyncio.create_task(job("c", 2))]
        done, pending = await asyncio.wait(tasks, timeout=1, return_when=when)
        names = sorted(t.get_name() for t in done)
        print(when, names, len(pending), round(loop.time() - start, 2))
        for t in pending:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
