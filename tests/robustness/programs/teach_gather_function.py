import asyncio
async def main():
    await asyncio.gather(asyncio.sleep)
asyncio.run(main())
