# A task cancelled while its async generator awaits: the CancelledError goes
# through the generator (its finally runs at once, in the task), and nothing is
# left for the finaliser.
import asyncio

async def waiting():
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    finally:
        print('waiting: finally in', asyncio.current_task().get_name())

async def worker():
    try:
        async for x in waiting():
            print('worker got', x)
    except asyncio.CancelledError:
        print('worker cancelled')
        raise

async def main():
    t = asyncio.create_task(worker(), name='worker')
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main saw cancel at', asyncio.get_running_loop().time())

asyncio.run(main())
