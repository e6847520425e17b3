import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")

async def cancelled_child():
    await asyncio.sleep(10)

async def main():
    c = asyncio.create_task(cancelled_child())
    asyncio.get_running_loop().call_later(0.5, c.cancel)
    results = await asyncio.gather(ok(1), bad(2), c, ok(0), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])

asyncio.run(main())
