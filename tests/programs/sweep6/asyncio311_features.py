import asyncio, contextvars
from contextlib import aclosing

async def phase_worker(i, barrier, log):
    await asyncio.sleep(0.1 * i)
    log.append(f"w{i} arrives at {asyncio.get_running_loop().time():.1f}")
    idx = await barrier.wait()
    log.append(f"w{i} passes (idx {idx})")

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closed")

async def leaky():
    try:
        yield 1
        yield 2
    finally:
        print("leaky finalized")

async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(phase_worker(i, b, log) for i in range(3)))
    print("\n".join(log))
    print(b.parties, b.n_waiting, b.broken, repr(b)[:20])
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.2) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired", cm.expired(), round(cm.when() - loop.time(), 3))
    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
    print("after aclosing")
    g = leaky()
    print(await anext(g))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError", b2.broken)
    var = contextvars.ContextVar("v", default="d")
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    print(await asyncio.create_task(asyncio.sleep(0, var.get()), context=ctx), var.get())
    async def getv():
        return var.get()
    print(await asyncio.create_task(getv(), context=ctx))

with asyncio.Runner(debug=False) as r:
    r.run(main())
    print("runner loop closed?", r.get_loop().is_closed())
print("end")
