import asyncio

async def sleeper(i, delay):
    await asyncio.sleep(delay)
    return i

async def main():
    delays = [0.3, 0.1, 0.2, 0.1, 0.3, 0.0, 0.2]
    order = []
    async def run(i, d):
        order.append(await sleeper(i, d))
    await asyncio.gather(*(run(i, d) for i, d in enumerate(delays)))
    print(order)

asyncio.run(main())
