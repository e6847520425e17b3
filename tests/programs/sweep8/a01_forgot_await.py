import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 2

async def main():
    r = fetch(3)
    print(type(r).__name__, r.__qualname__)
    try:
        print(r + 1)
    except TypeError as e:
        print("TypeError:", e)
    print(await r)
    try:
        await r
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(fetch(5), name="f5")
    print(repr(t).split(" coro=")[0])
    print(t.done(), t.get_name())
    print(await t, t.done(), repr(t))

asyncio.run(main())
