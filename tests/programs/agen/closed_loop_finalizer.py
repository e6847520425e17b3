# An async generator that met a loop's hooks and is dropped after that loop was
# closed: the finalizer hook sees the closed loop and does nothing, so its finally
# block never runs (as in CPython). One dropped while the loop still exists but is
# not running is closed by a task at the loop's next run.
import asyncio

async def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print('finally of', tag)

keep = {}

async def start(tag):
    g = gen(tag)
    keep[tag] = g
    print('first value', await g.__anext__())

loop = asyncio.new_event_loop()
loop.run_until_complete(start('a'))
loop.run_until_complete(start('b'))
del keep['a']
print('dropped a while the loop is idle')
loop.run_until_complete(asyncio.sleep(0))
print('loop ran again')
loop.close()
print('closed')
del keep['b']
print('dropped b after close')
