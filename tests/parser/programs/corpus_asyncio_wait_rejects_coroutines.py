import asyncio

async def work():
    return 1

async def main():
    coro = work()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.create_task(work())], return_when="sometimes")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
