import asyncio

async def quitter():
    await asyncio.sleep(0.5)
    print("quitter raises SystemExit")
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleanup runs")

async def main():
    asyncio.create_task(other())
    await asyncio.create_task(quitter())
    print("not reached")

asyncio.run(main())
