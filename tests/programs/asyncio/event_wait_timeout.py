import asyncio

async def main():
    event = asyncio.Event()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            await event.wait()
    except TimeoutError:
        print("event not set within 1 s; set:", event.is_set(), loop.time())
    loop.call_later(0.5, event.set)
    await asyncio.wait_for(event.wait(), 2)
    print("event set at", loop.time())

asyncio.run(main())
