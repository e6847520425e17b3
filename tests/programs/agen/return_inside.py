# `return` from inside `async for` drops the generator with the function's frame.
import asyncio

async def lines():
    try:
        yield 'a'
        yield 'b'
        yield 'c'
    finally:
        print('lines: cleanup')

async def first_b():
    async for line in lines():
        print('saw', line)
        if line == 'b':
            return line
    return None

async def watcher():
    for i in range(4):
        print('watcher', i)
        await asyncio.sleep(0)

async def main():
    w = asyncio.create_task(watcher())
    r = await first_b()
    print('first_b returned', r)
    await w
    print([t.get_name() for t in asyncio.all_tasks()])

asyncio.run(main())
