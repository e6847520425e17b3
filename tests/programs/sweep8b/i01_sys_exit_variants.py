import asyncio, sys

async def cleanup():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup ran at shutdown")

async def quitter():
    await asyncio.sleep(0.1)
    print("quitter calls sys.exit")
    sys.exit("bye from a task")

async def main():
    asyncio.create_task(cleanup())
    t = asyncio.create_task(quitter())
    await asyncio.sleep(1)
    print("never printed", t)

asyncio.run(main())
