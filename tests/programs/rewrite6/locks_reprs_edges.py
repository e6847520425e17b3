# asyncio's synchronization primitives: their reprs in every state (waiters counted),
# the errors of misuse, cancellation of a waiter that was already handed its turn.
import asyncio


def shown(obj):
    text = repr(obj)
    start, rest = text.split(' object at ')
    return start + ' ' + rest.split(' ', 1)[1]


async def main():
    lock = asyncio.Lock()
    print(shown(lock), lock.locked())
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(shown(lock))
    lock.release()
    waiters[0].cancel()          # it was handed the lock: the turn passes on
    await asyncio.sleep(0)
    print(shown(lock), [w.cancelled() for w in waiters], lock.locked())
    await waiters[1]
    print(shown(lock), lock.locked())
    lock.release()
    for action in (lock.release,):
        try:
            action()
        except RuntimeError as error:
            print('RuntimeError', error)
    async with lock:
        print('inside', shown(lock))

    event = asyncio.Event()
    print(shown(event))
    watchers = [asyncio.create_task(event.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(shown(event))
    watchers[1].cancel()
    await asyncio.sleep(0)
    event.set()
    print(shown(event))
    await asyncio.sleep(0)
    print(shown(event), [w.cancelled() or w.result() for w in watchers])
    event.clear()
    print(shown(event), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'ok')), 1))

    condition = asyncio.Condition()
    print(shown(condition))
    for call in (condition.notify, condition.notify_all):
        try:
            call()
        except RuntimeError as error:
            print('RuntimeError', error)
    try:
        await condition.wait()
    except RuntimeError as error:
        print('RuntimeError', error)

    async def waiter(name):
        async with condition:
            got = await condition.wait()
            print('woken', name, got)

    sleepers = [asyncio.create_task(waiter(n)) for n in 'abc']
    await asyncio.sleep(0)
    print(shown(condition))
    async with condition:
        print('holding', shown(condition))
        condition.notify(2)
    await asyncio.sleep(0)
    async with condition:
        condition.notify_all()
    await asyncio.gather(*sleepers)
    print(shown(condition))

    shared = asyncio.Lock()
    on_shared = asyncio.Condition(shared)
    async with shared:
        print('shared', on_shared.locked(), shown(on_shared))

    for value in (-1,):
        try:
            asyncio.Semaphore(value)
        except ValueError as error:
            print('ValueError', error)
    semaphore = asyncio.Semaphore(2)
    print(shown(semaphore), semaphore.locked())
    await semaphore.acquire()
    await semaphore.acquire()
    print(shown(semaphore), semaphore.locked())
    queued = [asyncio.create_task(semaphore.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(shown(semaphore))
    semaphore.release()
    semaphore.release()
    queued[0].cancel()
    await asyncio.sleep(0)
    print(shown(semaphore), [q.cancelled() for q in queued])
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print(shown(bounded))
    try:
        bounded.release()
    except ValueError as error:
        print('ValueError', error)
    print(shown(bounded))

    for parties in (0, -2):
        try:
            asyncio.Barrier(parties)
        except ValueError as error:
            print('ValueError', error)
    barrier = asyncio.Barrier(3)
    print(shown(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def arrive(name):
        try:
            index = await barrier.wait()
            print('passed', name, index, shown(barrier))
        except asyncio.BrokenBarrierError as error:
            print('broken for', name, repr(error))

    arrivals = [asyncio.create_task(arrive(n)) for n in 'xy']
    await asyncio.sleep(0)
    print(shown(barrier), barrier.n_waiting)
    await barrier.reset()
    print(shown(barrier))
    await asyncio.sleep(0)
    print(shown(barrier))
    arrivals = [asyncio.create_task(arrive(n)) for n in 'pqr']
    await asyncio.gather(*arrivals)
    print(shown(barrier))
    late = asyncio.create_task(arrive('late'))
    await asyncio.sleep(0)
    await barrier.abort()
    await late
    print(shown(barrier), barrier.broken)
    try:
        async with barrier as position:
            print('never', position)
    except asyncio.BrokenBarrierError as error:
        print('BrokenBarrierError', error)


asyncio.run(main())
