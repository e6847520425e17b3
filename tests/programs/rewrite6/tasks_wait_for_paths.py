# wait_for's paths (no timeout, zero, positive; the outer task cancelled while it
# waits; an inner task that finishes anyway or refuses to stop), ensure_future's
# three kinds of argument, and gather/shield cancellation outcomes.
import asyncio


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'awaitable'


async def slow(result, delay, log):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        log.append(f'{result} cancelled')
        raise


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn caught it')
        await asyncio.sleep(0.5)
        return 'finished anyway'


async def main():
    loop = asyncio.get_running_loop()
    log = []
    print(await asyncio.wait_for(slow('none', 0.1, log), None))
    print(await asyncio.wait_for(slow('fast', 0.1, log), 1), round(loop.time(), 2))
    try:
        await asyncio.wait_for(slow('late', 1, log), 0.2)
    except TimeoutError as error:
        print('TimeoutError', type(error.__cause__).__name__, log, round(loop.time(), 2))
    print(await asyncio.wait_for(stubborn(log), 0.1), log, round(loop.time(), 2))
    future = loop.create_future()
    try:
        await asyncio.wait_for(future, 0)
    except TimeoutError:
        print('future after zero timeout', future.cancelled())
    gone = loop.create_future()
    gone.cancel()
    try:
        await asyncio.wait_for(gone, 0)
    except asyncio.CancelledError:
        print('already cancelled future: CancelledError')

    inner_log = []
    waiting = asyncio.create_task(asyncio.wait_for(slow('inner', 5, inner_log), 10))
    await asyncio.sleep(0.1)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        print('outer cancelled', inner_log, round(loop.time(), 2))
    done_log = []
    inner = asyncio.create_task(slow('done first', 0.1, done_log))
    outer = asyncio.create_task(asyncio.wait_for(inner, 10))
    await asyncio.sleep(0.1)
    outer.cancel()
    print('outer got', await asyncio.gather(outer, return_exceptions=True), done_log)

    print(await asyncio.ensure_future(Ready()))
    task = asyncio.ensure_future(slow('coro', 0, log))
    print(type(task).__name__, await task, asyncio.ensure_future(task) is task)
    for bad in (42, 'text'):
        try:
            asyncio.ensure_future(bad)
        except TypeError as error:
            print('TypeError', error)

    gathered = asyncio.gather(slow('g1', 1, log), slow('g2', 1, log))
    await asyncio.sleep(0)
    print('cancel gather', gathered.cancel(), gathered.cancel())
    try:
        await gathered
    except asyncio.CancelledError:
        print('gather cancelled', log[-2:])
    finished = asyncio.gather(asyncio.sleep(0, 'x'))
    await finished
    print('cancel finished gather', finished.cancel(), finished.result())
    mixed = await asyncio.gather(slow('a', 0.1, log), asyncio.sleep(0, 'b'), Ready(),
                                 return_exceptions=True)
    print(mixed)
    child = asyncio.create_task(slow('shielded', 0.2, log))
    guard = asyncio.shield(child)
    guard.cancel()
    print('shield', guard.cancelled(), await child)
    print(asyncio.shield(asyncio.sleep(0)) is not None)


asyncio.run(main())
