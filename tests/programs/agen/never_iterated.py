# Generators never iterated are not finalised through the hooks (they never met
# them); one whose __anext__() was made but never awaited has met them.
import asyncio, sys

async def agen(name):
    print(name, 'started')
    try:
        yield 1
    finally:
        print(name, 'finally')

def show_hooks(tag):
    h = sys.get_asyncgen_hooks()
    print(tag, h.firstiter is None, h.finalizer is None)

async def main():
    show_hooks('inside run')
    g1 = agen('g1')
    del g1
    print('g1 dropped')
    g2 = agen('g2')
    aw = g2.__anext__()
    print('anext made')
    del aw
    del g2
    print('g2 dropped')
    await asyncio.sleep(0)
    print('one hop')
    await asyncio.sleep(0)
    print('two hops')
    await asyncio.sleep(0)
    print('three hops')

show_hooks('before run')
asyncio.run(main())
show_hooks('after run')
