import asyncio

async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except TimeoutError:
        print("nothing arrived by", loop.time())
    loop.call_later(0.2, q.put_nowait, "late item")
    print(await asyncio.wait_for(q.get(), timeout=1), loop.time())
    q.put_nowait("after timeout")
    print(q.get_nowait(), q.qsize())

asyncio.run(main())
