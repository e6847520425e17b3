# Checks written for the asyncio rewrite (session 4): wakeup order, cancellation hand-offs and reprs compared with CPython.
import asyncio
async def main():
    lock = asyncio.Lock(); print(repr(lock)[-12:])
    order = []
    async def user(i, hold):
        async with lock:
            order.append(i); await asyncio.sleep(hold)
    ts = [asyncio.create_task(user(i, 0.01)) for i in range(4)]
    await asyncio.sleep(0); print(str(lock).split('[')[1]); ts[1].cancel(); ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True); print(order)
    # release then re-acquire queues behind
    await lock.acquire()
    w = asyncio.create_task(user('w', 0)); await asyncio.sleep(0)
    lock.release()
    t = asyncio.create_task(user('again', 0)); await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0); print(order)
    sem = asyncio.Semaphore(2); print(str(sem).split('[')[1])
    got = []
    async def s(i):
        async with sem:
            got.append(i); await asyncio.sleep(0.01)
    ts = [asyncio.create_task(s(i)) for i in range(6)]
    await asyncio.sleep(0); print(str(sem).split('[')[1], sem.locked()); ts[3].cancel()
    await asyncio.sleep(0.011); ts[4].cancel()
    await asyncio.gather(*ts, return_exceptions=True); print(got, str(sem).split('[')[1])
    b = asyncio.BoundedSemaphore(1)
    try: b.release()
    except ValueError as e: print(e)
    try: asyncio.Semaphore(-1)
    except ValueError as e: print(e)
    ev = asyncio.Event(); print(str(ev).split('[')[1])
    async def ew(i): await ev.wait(); print('ev', i)
    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0); print(str(ev).split('[')[1]); ts[1].cancel(); ev.set(); ev.set(); await asyncio.sleep(0); print(ev.is_set())
    cond = asyncio.Condition(); state = []
    async def cw(i):
        async with cond:
            await cond.wait_for(lambda: len(state) > i); print('cond', i, state)
    ts = [asyncio.create_task(cw(i)) for i in range(4)]
    await asyncio.sleep(0)
    try: cond.notify()
    except RuntimeError as e: print(e)
    for k in range(4):
        async with cond:
            state.append(k); cond.notify(2) if k % 2 else cond.notify_all()
        await asyncio.sleep(0)
    print(str(cond).split('[')[1])
    c2 = asyncio.Condition()
    async def cc():
        async with c2:
            try: await c2.wait()
            except asyncio.CancelledError: print('cw cancelled, locked', c2.locked()); raise
    t = asyncio.create_task(cc()); await asyncio.sleep(0)
    async with c2:
        t.cancel(); await asyncio.sleep(0); print('holding')
    try: await t
    except asyncio.CancelledError: print('t done', t.cancelling())
    try: await c2.wait()
    except RuntimeError as e: print(e)
    try: lock.release(); lock.release()
    except RuntimeError as e: print(e)
asyncio.run(main())
