import asyncio
async def fetch():
    return 42
async def main():
    r = fetch()
    print(r + 1)
asyncio.run(main())
