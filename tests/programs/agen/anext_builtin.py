# anext() with and without a default, and an async generator left after
# anext() calls: finalised through the hooks when dropped.
import asyncio

async def two():
    try:
        yield 'x'
        yield 'y'
    finally:
        print('two: finally')

async def main():
    g = two()
    print(await anext(g))
    print(await anext(g, 'default'))
    del g
    print('dropped')
    await asyncio.sleep(0)
    print('hop 1')
    await asyncio.sleep(0)
    print('hop 2')
    g = two()
    print(await anext(g))
    print(await anext(g))
    print(await anext(g, 'done'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')

asyncio.run(main())
