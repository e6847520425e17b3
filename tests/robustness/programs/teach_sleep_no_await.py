import asyncio
async def main():
    asyncio.sleep(1)
    print("done")
asyncio.run(main())
