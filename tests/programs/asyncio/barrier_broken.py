# abort() and reset() of an asyncio.Barrier with tasks inside: BrokenBarrierError for
# the waiters, a broken barrier refuses newcomers, a reset one works again; a cancelled
# waiter leaves the count right.
import asyncio
import re


def shown(barrier):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(barrier))


async def waiter(name, barrier):
    try:
        index = await barrier.wait()
        print(name, 'passed with', index)
    except asyncio.BrokenBarrierError as e:
        print(name, 'broken:', type(e).__name__, e)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(waiter('a', barrier))
    b = asyncio.create_task(waiter('b', barrier))
    await asyncio.sleep(0)
    print(shown(barrier))
    await barrier.reset()
    print('after reset:', shown(barrier))
    await asyncio.gather(a, b)
    print('drained:', shown(barrier))

    c = asyncio.create_task(waiter('c', barrier))
    d = asyncio.create_task(waiter('d', barrier))
    await asyncio.sleep(0)
    d.cancel()
    await asyncio.sleep(0)
    print('after cancel:', shown(barrier), barrier.n_waiting)
    e = asyncio.create_task(waiter('e', barrier))
    f = asyncio.create_task(waiter('f', barrier))
    await asyncio.gather(c, e, f, return_exceptions=True)
    print(d.cancelled(), shown(barrier))

    g = asyncio.create_task(waiter('g', barrier))
    await asyncio.sleep(0)
    await barrier.abort()
    await g
    print(shown(barrier), barrier.broken, barrier.n_waiting)
    await waiter('late', barrier)
    await barrier.reset()
    print('reset again:', shown(barrier))
    results = await asyncio.gather(*(barrier.wait() for _ in range(3)))
    print(sorted(results))


asyncio.run(main())
