import asyncio

async def main():
    # Your coroutines here
    pass

asyncio.run(main())  # Creates and manages the event loop
