# Debug mode: a task step that blocks is reported with the task's repr (after the
# step), as asyncio's _format_handle names it; so is a slow done callback.
import asyncio, logging, re, time

class Show(logging.Handler):
    def emit(self, record):
        # Paths inside asyncio differ between installations (and where asyncio
        # itself made a handle differs between implementations): left out.
        text = re.sub(r' created at (<frozen )?\S*asyncio\S*?:\d+', '', record.getMessage())
        text = re.sub(r'(<frozen )?\S*asyncio\S*?:\d+', '<asyncio>', text)
        print(f'{record.levelname} {record.name}: {text}')

logging.getLogger('asyncio').addHandler(Show())
logging.getLogger('asyncio').propagate = False

async def work(n):
    time.sleep(0.2)
    await asyncio.sleep(0)
    time.sleep(0.05)
    print('work', n, 'done')
    return n

def on_done(fut):
    time.sleep(0.11)
    print('on_done sees', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(work(1), name='worker')
    t.add_done_callback(on_done)
    print('got', await t)
    fut = loop.create_future()
    print(repr(fut).split(' created at ')[0], 'created here:', 'created at' in repr(fut))
    loop.call_soon(fut.set_result, 5)
    print('future', await fut)
    time.sleep(0.3)
    await asyncio.sleep(0)
    print('main done at', round(loop.time(), 3))

asyncio.run(main(), debug=True)
