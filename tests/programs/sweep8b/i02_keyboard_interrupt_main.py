import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the caller")
