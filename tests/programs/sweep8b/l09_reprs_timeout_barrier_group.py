import asyncio, re
def out(*p): print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(x)) for x in p))
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    out(repr(t))
    async with t:
        out(repr(t))
    out(repr(t))
    try:
        async with asyncio.timeout(0.1) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        out(repr(t2))
    t3 = asyncio.timeout(None)
    async with t3:
        out(repr(t3))
    try:
        async with t3:
            pass
    except RuntimeError as e:
        out("RuntimeError:", e)
    b = asyncio.Barrier(2)
    async def w():
        return await b.wait()
    ts = [asyncio.create_task(w()) for _ in range(2)]
    await asyncio.sleep(0)
    out(repr(b))
    await asyncio.gather(*ts)
    out(repr(b))
    r = asyncio.Runner()
    out(repr(r) if type(r).__repr__ is not object.__repr__ else "default repr")
    out(repr(asyncio.TaskGroup()))
    async with asyncio.TaskGroup() as tg:
        out(repr(tg))
        tg.create_task(asyncio.sleep(0))
        out(repr(tg))
    out(repr(tg))
    out(repr(loop))
    e = asyncio.Event()
    e.set()
    out(repr(e))
    c = asyncio.Condition()
    async with c:
        out(repr(c))
asyncio.run(main())
