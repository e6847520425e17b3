import asyncio, re

def out(*parts):
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    tg = asyncio.TaskGroup()
    out(repr(tg))
    try:
        tg.create_task(job(1))
    except RuntimeError as e:
        out("RuntimeError:", e)
    async with tg:
        t = tg.create_task(job(2), name="named")
        out(repr(tg), t.get_name())
    out(repr(tg), t.result())
    c = job(3)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        out("RuntimeError:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        out("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            out("RuntimeError:", e)
    async def failer():
        await asyncio.sleep(0.05)
        raise ValueError("v")
    tg3 = asyncio.TaskGroup()
    try:
        async with tg3:
            tg3.create_task(failer())
            await asyncio.sleep(1)
    except* ValueError:
        out("caught", repr(tg3))
    c = job(4)
    try:
        tg3.create_task(c)
    except RuntimeError as e:
        out("RuntimeError:", e)
    c.close()
    async with asyncio.TaskGroup() as tg4:
        ts = [tg4.create_task(job(i)) for i in range(3)]
    out([x.result() for x in ts])

asyncio.run(main())
