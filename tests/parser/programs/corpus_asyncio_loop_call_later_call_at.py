import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(2, print, "call_later(2)", "at")
    loop.call_at(start + 1, lambda: print("call_at(start+1) at", loop.time()))
    h = loop.call_later(1.5, print, "cancelled timer")
    print("when:", h.when())
    h.cancel()
    await asyncio.sleep(3)
    print("end", loop.time())

asyncio.run(main())
