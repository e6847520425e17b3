import re

def show(*parts):
    # Addresses differ from run to run: printed as 0x?.
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

import asyncio

async def main():
    e = asyncio.Event()
    show(e, e.is_set())
    w = asyncio.create_task(e.wait())
    await asyncio.sleep(0)
    show(e)
    e.set()
    show(e)
    show(await w)
    e.clear()
    show(e, await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1))
    b = asyncio.Barrier(3)
    show(b)
    async def party(i):
        try:
            pos = await b.wait()
            show("party", i, "pos", pos)
        except asyncio.BrokenBarrierError as err:
            show("party", i, "broken", repr(err))
    ps = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    show(b, b.n_waiting, b.broken)
    await b.abort()
    await asyncio.gather(*ps)
    show(b, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        show("still broken")
    await b.reset()
    show(b)
    ps = [asyncio.create_task(party(i)) for i in range(3)]
    await asyncio.gather(*ps)
    show(b)
    ps = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    await asyncio.gather(*ps)
    show(b)
    try:
        asyncio.Barrier(0)
    except ValueError as err:
        show("ValueError:", err)
    l = asyncio.Lock()
    show(l)
    await l.acquire()
    show(l)
    l.release()

asyncio.run(main())
