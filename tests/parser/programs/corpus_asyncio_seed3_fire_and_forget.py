import asyncio

async def background_job():
    await asyncio.sleep(5)
    print("Background job done")

async def main():
    # Start task but don't await
    task = asyncio.create_task(background_job())

    # Continue with other work
    print("Main work...")

    # Optionally wait at the end
    await task

asyncio.run(main())
