import asyncio

async def ok(n):
    await asyncio.sleep(n / 10)
    return n * 2

async def bad(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"bad {n}")

async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(0), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print([isinstance(r, Exception) for r in results])
    try:
        await asyncio.gather(ok(1), bad(2))
    except ValueError as e:
        print("caught", repr(e))
    print(await asyncio.gather())

asyncio.run(main())
