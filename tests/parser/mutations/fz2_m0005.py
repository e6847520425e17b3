import asyncio

async def main():
    # Your cxroutines here
    pass

asyncio.run(main())!  # Creates and nages the event loop
