# Checks written for the asyncio rewrite (session 4): wakeup order, cancellation hand-offs and reprs compared with CPython.
import asyncio
async def main():
    t = asyncio.timeout(0.05); print(repr(t), t.when(), t.expired())
    try: t.reschedule(1)
    except RuntimeError as e: print(e)
    try:
        async with t:
            print(repr(t)); await asyncio.sleep(1)
    except TimeoutError as e: print('TO', repr(e), type(e.__cause__).__name__, repr(t), t.expired())
    try: t.reschedule(1)
    except RuntimeError as e: print(e)
    try:
        async with t: pass
    except RuntimeError as e: print(e)
    async with asyncio.timeout(None) as u:
        print(repr(u)); u.reschedule(asyncio.get_running_loop().time() - 1)
        try: await asyncio.sleep(0); await asyncio.sleep(0)
        except asyncio.CancelledError: print('cancelled in block')
        print(repr(u))
        try: await asyncio.sleep(0)
        except asyncio.CancelledError: print('never')
    print(repr(u))
    async with asyncio.timeout(1) as v: pass
    print(repr(v), v.expired())
    # outer cancel + timeout both
    async def inner():
        async with asyncio.timeout(0.01):
            asyncio.current_task().cancel('me')
            await asyncio.sleep(1)
    x = asyncio.create_task(inner())
    try: await x
    except asyncio.CancelledError as e: print('x cancelled', e.args, x.cancelling())
    async def inner2():
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    y = asyncio.create_task(inner2()); await asyncio.sleep(0.01); y.cancel()
    try: await y
    except BaseException as e: print('y', type(e).__name__, y.cancelling())
    w = asyncio.timeout_at(asyncio.get_running_loop().time() + 0.01)
    try:
        async with w: await asyncio.sleep(1)
    except TimeoutError: print('at', repr(w))
    async with asyncio.timeout(0.01) as z:
        z.reschedule(None); await asyncio.sleep(0.02)
    print(repr(z))
asyncio.run(main())
