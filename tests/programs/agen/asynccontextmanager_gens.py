# contextlib.asynccontextmanager runs an async generator: it meets the loop's hooks
# like any other; an exception in the body is thrown into it; a manager entered but
# never exited is finalised by the loop (its generator dropped unfinished).
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    except KeyError as e:
        print(name, 'saw', repr(e))
        raise
    finally:
        await asyncio.sleep(0)
        print('close', name, 'in', asyncio.current_task().get_name())

async def main():
    async with resource('a') as r:
        print('using', r)
    try:
        async with resource('b') as r:
            raise KeyError('boom')
    except KeyError:
        print('main caught KeyError')
    cm = resource('c')
    print('entered', await cm.__aenter__())
    del cm
    print('dropped c')
    for i in range(3):
        await asyncio.sleep(0)
        print('tick', i)

asyncio.run(main())
print('end')
