# contextlib.aclosing closes the generator at the end of the block, in the same
# task, before the code after the block runs: no finaliser task is involved.
import asyncio
from contextlib import aclosing

async def items():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print('items: finally in', asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print('items: finally end')

async def other():
    for i in range(5):
        print('other', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async with aclosing(items()) as it:
        async for x in it:
            print('got', x)
            if x == 1:
                break
    print('after block')
    await t
    print('tasks left', len(asyncio.all_tasks()))

asyncio.run(main())
