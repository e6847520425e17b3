# Several tasks each leave an async generator early; the finaliser tasks
# interleave with the remaining work in CPython's order.
import asyncio

async def stream(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f'{name}{i}'
    finally:
        print(f'{name}: finally at {asyncio.get_running_loop().time():.1f}')

async def take(name, n, stop):
    got = []
    async for item in stream(name, n):
        got.append(item)
        if len(got) == stop:
            break
    print(name, 'took', got)
    return got

async def main():
    results = await asyncio.gather(take('a', 5, 2), take('b', 5, 1), take('c', 2, 5))
    print(results)
    await asyncio.sleep(0)
    print('end at', asyncio.get_running_loop().time())

asyncio.run(main())
