# seed3's fire-and-forget without the final await: asyncio.run cancels the
# background task when main returns, so "Background job done" never prints.
import asyncio

async def background_job():
    try:
        await asyncio.sleep(5)
        print("Background job done")
    except asyncio.CancelledError:
        print("Background job cancelled at shutdown")
        raise

async def main():
    task = asyncio.create_task(background_job())
    print("Main work...")
    await asyncio.sleep(1)
    print("main returns")

asyncio.run(main())
