import asyncio, re
def out(*p): print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(x)) for x in p))
async def co(): return 1
def sync(): return 2
async def main():
    loop = asyncio.get_running_loop()
    tests = [
        lambda: asyncio.create_task(1),
        lambda: asyncio.create_task(sync),
        lambda: asyncio.ensure_future(sync),
        lambda: asyncio.shield(1),
        lambda: asyncio.gather(1),
        lambda: asyncio.as_completed(1),
        lambda: asyncio.as_completed([1]),
        lambda: asyncio.Semaphore("a"),
        lambda: asyncio.Queue(maxsize="a"),
        lambda: asyncio.Barrier("3"),
        lambda: loop.create_task(1),
        lambda: asyncio.timeout("x"),
        lambda: asyncio.Event(1),
        lambda: asyncio.Lock(loop=loop),
        lambda: asyncio.Queue(loop=loop),
        lambda: asyncio.Task(1),
        lambda: asyncio.Future(2),
        lambda: asyncio.Task(co(), name=1, bogus=2),
        lambda: loop.run_until_complete(co()),
        lambda: asyncio.wait_for(1, 1),
        lambda: asyncio.wait(1),
        lambda: asyncio.sleep(),
        lambda: asyncio.TaskGroup(1),
    ]
    for i, t in enumerate(tests):
        try:
            r = t()
            if asyncio.iscoroutine(r):
                try:
                    r = await r
                except Exception as e:
                    out(i, "await:", type(e).__name__, e)
                    continue
            out(i, "ok", type(r).__name__)
        except Exception as e:
            out(i, type(e).__name__, e)
asyncio.run(main())
