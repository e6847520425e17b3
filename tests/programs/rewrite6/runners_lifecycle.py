# asyncio.Runner and asyncio.run: one context for all runs, debug and loop_factory,
# the phases (new, open, closed), refusals, and what closing finishes and reports.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def set_var(value):
    var.set(value)
    return var.get()


async def get_var():
    return var.get()


with asyncio.Runner() as runner:
    print('first run', runner.run(set_var('one')))
    print('second run sees', runner.run(get_var()))
    other = contextvars.copy_context()
    print('own context', runner.run(get_var(), context=other))
    print('loop debug', runner.get_loop().get_debug(), runner.get_loop() is asyncio.get_event_loop())
print('outside', var.get())

with asyncio.Runner(debug=True) as runner:
    print('debug', runner.get_loop().get_debug())
with asyncio.Runner(debug=False) as runner:
    print('debug off', runner.get_loop().get_debug())

made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


runner = asyncio.Runner(loop_factory=factory)
print('made before use', len(made))
print('run', runner.run(get_var()), 'made', len(made), runner.get_loop() is made[0])
runner.close()
print('closed loop', made[0].is_closed())
runner.close()
for action in (lambda: runner.get_loop(), lambda: runner.run(get_var())):
    try:
        action()
    except RuntimeError as error:
        print('RuntimeError', error)

runner = asyncio.Runner()
runner.close()
print('close before use, then run', runner.run(set_var('late')))
runner.close()

for bad in (None, get_var, 3):
    try:
        asyncio.run(bad)
    except ValueError as error:
        print('ValueError', str(error).split(' at 0x')[0])


async def nested():
    coro = get_var()
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        print('RuntimeError', error)
    coro = get_var()
    try:
        asyncio.Runner().run(coro)
    except RuntimeError as error:
        print('RuntimeError', error)
    coro.close()


asyncio.run(nested())


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled', name)
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError('refused to stop')


async def ticker():
    try:
        for i in range(100):
            yield i
    finally:
        print('ticker closed at', asyncio.current_task().get_name())


async def leaves_work():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda loop, context: print('handler:', context['message'], repr(context['exception'])))
    asyncio.create_task(sleeper('a'), name='a')
    asyncio.create_task(stubborn(), name='b')
    gen = ticker()
    print('tick', await gen.__anext__())
    await asyncio.sleep(0)
    print('main ends as', asyncio.current_task().get_name())
    return 'done'


print(asyncio.run(leaves_work()))
print(asyncio.run(get_var()), 'debug default', asyncio.run(asyncio.sleep(0, 'x')))


async def loop_debug():
    return asyncio.get_running_loop().get_debug()


print('run debug', asyncio.run(loop_debug(), debug=True), asyncio.run(loop_debug()))
