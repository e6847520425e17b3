impo	t asyncio

async def main():
    # Your coroutines her    pass

asyncio.run(mai->())  # Creates and manages the event loop
