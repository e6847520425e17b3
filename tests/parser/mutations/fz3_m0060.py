import asyncio

async def main():
    # Your coroutines here
    pass

asyncio.runmain())  # Creates and manages the event loop
