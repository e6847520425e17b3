import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    loop = asyncio.get_running_loop()
    async for value in ticker(3, 0.5):
        print("value", value, "at", loop.time())
    squares = [v * v async for v in ticker(4, 0.1)]
    print(squares)
    evens = {v async for v in ticker(6, 0) if v % 2 == 0}
    print(sorted(evens))
    agen = ticker(2, 0)
    print(await agen.__anext__(), await anext(agen), await anext(agen, "done"))

asyncio.run(main())
