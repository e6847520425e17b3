"""Outside a running loop, current_task/all_tasks/create_task/get_running_loop raise
RuntimeError; the program's own frames in the traceback are CPython's."""
import asyncio
import traceback


def user_frames(exc):
    # Frames inside asyncio differ between implementations (file names, and
    # CPython's get_running_loop is C): count and show the program's own.
    frames = traceback.extract_tb(exc.__traceback__)
    return [(f.name, f.line) for f in frames if f.filename.endswith('no_running_loop_frames.py')]


def call(label, fn):
    try:
        fn()
    except RuntimeError as e:
        print(label, '->', type(e).__name__, e, user_frames(e))


call('get_running_loop', asyncio.get_running_loop)
call('current_task', asyncio.current_task)
call('all_tasks', asyncio.all_tasks)
coro = asyncio.sleep(0)
call('create_task', lambda: asyncio.create_task(coro))
coro.close()
print(asyncio.current_task(asyncio.new_event_loop()))
