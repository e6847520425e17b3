# Tracebacks show the source lines of asyncio's own frames (queues, runners,
# taskgroups, timeouts); those must read as CPython's. Prints each frame's
# function name and source line, without paths or line numbers.
import asyncio
import traceback


def show(title, exc):
    # Keep "in NAME" and the source line of each frame: paths and line
    # numbers differ between implementations, carets are left out.
    print('--', title)
    lines = ''.join(traceback.format_exception(exc)).splitlines()
    for i, line in enumerate(lines):
        if line.startswith('  File '):
            source = lines[i + 1].strip() if i + 1 < len(lines) else ''
            print(' ', line.rsplit(' in ', 1)[1], '|', source)
        elif line and not line.startswith(' '):
            print(' ', line)


async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(n)


async def main():
    full = asyncio.Queue(1)
    full.put_nowait(0)
    try:
        await asyncio.wait_for(full.put(1), 0.01)
    except TimeoutError as e:
        show('queue put timeout', e)
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError as e:
        show('queue get timeout', e)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        show('timeout()', e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01))
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as e:
        show('taskgroup', e)
    try:
        async with asyncio.TaskGroup() as tg:
            raise KeyError('body')
    except ExceptionGroup as e:
        show('taskgroup body', e)
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    late = asyncio.sleep(0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        show('taskgroup finished', e)
    late.close()
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        show('lock release', e)
    nested = asyncio.sleep(0)
    try:
        asyncio.run(nested)
    except RuntimeError as e:
        show('nested run', e)
    nested.close()


asyncio.run(main())
try:
    asyncio.run(fail(0))
except ValueError as e:
    show('run', e)
runner = asyncio.Runner()
runner.close()
try:
    runner.run(asyncio.sleep(0))
except Exception as e:
    show('runner', e)
