# Finally blocks that sleep while being finalised: the virtual clock orders them.
import asyncio

async def gen(name, delay):
    try:
        yield name
        yield name
    finally:
        print(name, 'closing at', asyncio.get_running_loop().time())
        await asyncio.sleep(delay)
        print(name, 'closed at', asyncio.get_running_loop().time())

async def take_one(name, delay):
    async for v in gen(name, delay):
        print('took', v)
        break

async def main():
    await take_one('A', 0.3)
    await take_one('B', 0.1)
    await asyncio.sleep(0.5)
    print('main done at', asyncio.get_running_loop().time())

asyncio.run(main())
