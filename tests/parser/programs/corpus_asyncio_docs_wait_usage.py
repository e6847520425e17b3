import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    fs = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(fs)
    print(sorted(t.result() for t in done), pending)
    fs = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending), asyncio.get_running_loop().time())
    for t in pending:
        t.cancel()

asyncio.run(main())
