# The loop installs its hooks only while it runs; asyncio.Runner keeps one loop
# across run() calls and closes what is left in close().
import asyncio, sys

async def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print('closing', tag)

keep = []

async def start(tag):
    g = gen(tag)
    keep.append(g)
    print('first', await g.__anext__())
    h = sys.get_asyncgen_hooks()
    print('hooks set:', h.firstiter is not None, h.finalizer is not None)

with asyncio.Runner() as runner:
    runner.run(start('one'))
    h = sys.get_asyncgen_hooks()
    print('between runs:', h.firstiter, h.finalizer)
    runner.run(start('two'))
    keep.pop(0)
    print('dropped one between runs')
    runner.run(asyncio.sleep(0))
    print('before close')
print('after close')
