# The event loop's own API: scheduling refusals (debug mode checks, a closed loop),
# handle reprs, task factories, exception handlers (and one that fails), async
# generators closed at shutdown (and one that fails to close), run_until_complete.
import asyncio


def show(text):
    print(str(text).split(' at 0x')[0].split(' at <')[0].split(' at /')[0])


def handler(loop, context):
    error = context.get('exception')
    show(f"handler: {context['message']} | {type(error).__name__}: {error}")


async def coro_fn():
    return 'c'


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    try:
        loop.set_exception_handler(42)
    except TypeError as error:
        print('TypeError', error)
    loop.set_debug(True)
    for bad in (coro_fn, 42):
        for method in (loop.call_soon, loop.call_soon_threadsafe):
            try:
                method(bad)
            except TypeError as error:
                print('TypeError', method.__name__, error)
        try:
            loop.call_later(1, bad)
        except TypeError as error:
            print('TypeError call_later', error)
    loop.set_debug(False)
    for call in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
        try:
            call()
        except TypeError as error:
            print('TypeError', error)
    handle = loop.call_soon(print, 'soon', 1)
    show(repr(handle))
    handle.cancel()
    show(repr(handle))
    timer = loop.call_at(loop.time() + 5, print, 'never')
    print(timer.when(), timer.cancelled())
    timer.cancel()
    print(timer.cancelled())
    loop.call_soon(lambda: 1 / 0)
    later = loop.call_later(0.5, lambda: [][1])
    await asyncio.sleep(1)
    print(later.cancelled())

    def failing_handler(loop, context):
        raise RuntimeError('handler broke')

    loop.set_exception_handler(failing_handler)
    # (Reported on stderr, which the corpus does not compare.)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print('the failing handler was reported')
    loop.set_exception_handler(handler)

    made = []

    def factory(loop, coro, **kwargs):
        task = asyncio.Task(coro, loop=loop)
        made.append(task.get_name())
        return task

    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    first = loop.create_task(coro_fn())
    second = loop.create_task(coro_fn(), name='named')
    print(await first, await second, made, second.get_name())
    loop.set_task_factory(None)
    print(loop.get_task_factory())
    print(await asyncio.wait_for(coro_fn(), float('nan')))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(asyncio.sleep(1), timeout)
        except TimeoutError as error:
            print('TimeoutError', repr(error), type(error.__cause__).__name__)
    done = loop.create_future()
    done.set_result('ready')
    print(await asyncio.wait_for(done, 0))
    print(await asyncio.wait_for(asyncio.sleep(0.1, 'in time'), 1))


async def ticks(name):
    try:
        for i in range(3):
            yield i
    finally:
        print('closing', name)
        if name == 'bad':
            raise ValueError('cannot close')


async def leave_generators():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    bad = ticks('bad')
    print(await bad.__anext__())
    leave_generators.kept = bad


asyncio.run(main())
asyncio.run(leave_generators())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro_fn()), loop.is_running(), loop.is_closed())
future = loop.create_future()
loop.call_soon(future.set_result, 'from future')
print(loop.run_until_complete(future))
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(asyncio.sleep(10))
except RuntimeError as error:
    print('RuntimeError', error)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
coro = coro_fn()
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
               lambda: loop.create_task(coro), lambda: loop.call_later(1, print)):
    try:
        action()
    except RuntimeError as error:
        print('RuntimeError', error)
loop.close()
coro.close()


async def inner_run():
    loop = asyncio.get_running_loop()
    coro = coro_fn()
    for action in (loop.run_forever, lambda: loop.run_until_complete(coro)):
        try:
            action()
        except RuntimeError as error:
            print('RuntimeError', error)
    try:
        loop.close()
    except RuntimeError as error:
        print('RuntimeError', error)
    coro.close()


asyncio.run(inner_run())
