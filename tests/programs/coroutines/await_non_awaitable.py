import asyncio

async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    async def coro():
        return 1
    c = coro()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
