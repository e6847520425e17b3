# Checks written for the asyncio rewrite (session 4): wakeup order, cancellation hand-offs and reprs compared with CPython.
import asyncio
async def job(n, fail=False):
    await asyncio.sleep(n)
    if fail: raise ValueError(n)
    return n
async def main():
    for rw in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        ts = [asyncio.create_task(job(0.03)), asyncio.create_task(job(0.01, True)), asyncio.create_task(job(0.02))]
        d, p = await asyncio.wait(ts, return_when=rw)
        print(rw, sorted(t.get_name() for t in d), sorted(t.get_name() for t in p))
        for t in p: t.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
    ts = [asyncio.create_task(job(0.05)) for _ in range(2)]
    d, p = await asyncio.wait(ts, timeout=0.01); print(len(d), len(p))
    for t in ts: t.cancel()
    inner = asyncio.create_task(job(0.01)); s = asyncio.shield(inner)
    print(await s)
    inner = asyncio.create_task(job(0.01, True)); s = asyncio.shield(inner)
    try: await s
    except ValueError as e: print('shield err', e)
    inner = asyncio.create_task(job(0.01, True)); s = asyncio.shield(inner); s.cancel()
    await asyncio.sleep(0.02); print(s.cancelled(), inner.done())
    inner = asyncio.create_task(job(0.01)); s = asyncio.shield(inner); inner.cancel()
    try: await s
    except asyncio.CancelledError: print('outer cancelled too')
    try: await asyncio.wait([])
    except ValueError as e: print(e)
    t = asyncio.create_task(job(0.01, True))
    d, p = await asyncio.wait([t], return_when=asyncio.FIRST_COMPLETED)
    print(len(d))
    w = asyncio.create_task(asyncio.wait([asyncio.create_task(job(1))]))
    await asyncio.sleep(0); w.cancel()
    try: await w
    except asyncio.CancelledError: print('wait cancelled')
asyncio.run(main())
