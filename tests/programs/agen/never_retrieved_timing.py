# "Task exception was never retrieved" / "Future exception was never retrieved" are
# reported when the object is freed: right after the failing step for a task nobody
# references, at `del` for one a variable held.
import asyncio

def handler(loop, ctx):
    print('handler:', ctx['message'])
    print('  exception:', repr(ctx.get('exception')))
    print('  future:', ctx.get('future'))

async def boom(tag):
    raise ValueError(tag)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(boom('unreferenced'))
    print('a')
    await asyncio.sleep(0)
    print('b')
    t = asyncio.create_task(boom('held'))
    await asyncio.sleep(0)
    print('c')
    del t
    print('d')
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('k'))
    del f
    print('e')
    t = asyncio.create_task(boom('retrieved'))
    await asyncio.sleep(0)
    print('exception():', repr(t.exception()))
    del t
    print('f')
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('cancelled later'))
    f.exception()
    del f
    print('end of main')

asyncio.run(main())
