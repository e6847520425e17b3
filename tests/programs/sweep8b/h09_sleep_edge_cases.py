import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(-1, "neg"), loop.time())
    print(await asyncio.sleep(0.0, result=[1]), loop.time())
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError", type(e).__name__)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print("TypeError", type(e).__name__)
    order = []
    async def ticker(name, d, n):
        for _ in range(n):
            await asyncio.sleep(d)
            order.append((name, round(loop.time(), 3)))
    await asyncio.gather(ticker("a", 0.1, 3), ticker("b", 0.15, 2), ticker("c", 0.3, 1))
    print(order)
    await asyncio.sleep(1e-9)
    print(loop.time() > 0.3)
    t0 = loop.time()
    for _ in range(5):
        await asyncio.sleep(0)
    print(loop.time() == t0)
    await asyncio.sleep(float("inf")) if False else None
    big = asyncio.create_task(asyncio.sleep(1e9))
    await asyncio.sleep(0)
    big.cancel()
    try:
        await big
    except asyncio.CancelledError:
        print("huge sleep cancelled", loop.time() < 1e9)

asyncio.run(main())
