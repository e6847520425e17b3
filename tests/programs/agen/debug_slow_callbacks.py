# Debug mode: callbacks that take at least loop.slow_callback_duration (0.1 s) are
# reported by the asyncio logger at WARNING. time.sleep() moves the virtual clock, so
# the durations are exact. Handles made in debug mode say where they were created.
import asyncio, logging, re, sys, time

class Show(logging.Handler):
    def emit(self, record):
        # Paths inside asyncio differ between installations (and where asyncio
        # itself made a handle differs between implementations): left out.
        text = re.sub(r' created at (<frozen )?\S*asyncio\S*?:\d+', '', record.getMessage())
        text = re.sub(r'(<frozen )?\S*asyncio\S*?:\d+', '<asyncio>', text)
        print(f'{record.levelname} {record.name}: {text}')

logging.getLogger('asyncio').addHandler(Show())
logging.getLogger('asyncio').propagate = False

def slow_cb(tag):
    time.sleep(0.12)
    print('slow_cb', tag)

def fast_cb():
    time.sleep(0.05)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.call_soon(slow_cb, 'soon')
    loop.call_soon(fast_cb)
    # (Timer handles are left out: the oracle's virtual clock renames their class.)
    await asyncio.sleep(1)
    print('threshold lowered')
    loop.slow_callback_duration = 0.01
    loop.call_soon(fast_cb)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_debug(False)
    print('debug off')
    loop.call_soon(slow_cb, 'not reported')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('done', round(loop.time(), 3))

asyncio.run(main(), debug=True)
