import asyncio
async def main():
    pass
asyncio.create_task(main())
