import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work("ok", 1)), asyncio.create_task(work("bad", 2, True)),
             asyncio.create_task(work("slow", 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), len(done), len(pending))
    print([repr(t.exception()) if t.done() else "pending" for t in tasks])
    # With no exception at all, FIRST_EXCEPTION waits for everything.
    tasks = [asyncio.create_task(work(str(i), i)) for i in (1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), len(done), len(pending))

asyncio.run(main())
