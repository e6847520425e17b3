# An exception raised in the body of `async for` leaves the async generator
# suspended: it is finalised by the loop's hook (aclose() in a task), after the
# exception has been handled.
import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers: finally, sleeping')
        await asyncio.sleep(0)
        print('numbers: finally done')

async def consume():
    async for n in numbers():
        print('consume', n)
        if n == 2:
            raise ValueError('bad number')

async def main():
    try:
        await consume()
    except ValueError as e:
        print('caught', e)
    print('main after except')
    for i in range(3):
        await asyncio.sleep(0)
        print('main tick', i)

asyncio.run(main())
print('end')
