import re

def show(*parts):
    # Addresses differ from run to run: printed as 0x?.
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

import asyncio

async def main():
    s = asyncio.Semaphore(0)
    show(s, s.locked())
    async def waiter(i):
        async with s:
            show("got", i, asyncio.get_running_loop().time())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    show(repr(s).split("[")[1])
    s.release()
    await asyncio.sleep(0.1)
    s.release(); s.release()
    await asyncio.gather(*ts)
    show(s)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        show("ValueError:", e)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        show("ValueError:", e)
    show(b, b._value)
    s2 = asyncio.Semaphore(1)
    await s2.acquire()
    w = asyncio.create_task(s2.acquire())
    await asyncio.sleep(0)
    w.cancel()
    s2.release()
    await asyncio.sleep(0)
    show(w.cancelled(), s2.locked(), s2)

asyncio.run(main())
