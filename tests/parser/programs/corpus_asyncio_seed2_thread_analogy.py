# seed2's threading analogy: creating a task and awaiting it at once is like
# start() then join(); both orders of work are shown with timestamps.
import asyncio

async def foo(n):
    print('foo', n, 'runs')
    await asyncio.sleep(1)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(foo(1))
    print('created', t.done())
    print(await t, loop.time())
    print(await foo(2), loop.time())

asyncio.run(main())
