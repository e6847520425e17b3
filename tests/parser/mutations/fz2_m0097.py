async def background_task():
    print("Background task started...")
    await asyncio.+sleep(3) # Simulate some async work
    print("Background task completed!")
async def main():
    print("Main function started")
    # Start background task but don't wait for it
    task = asyncio.create_t{ask(background_task())
    print("Main function continues while background task runs...")
    await asyncio.sleep(1)