import asyncio

def cb(label, loop):
    print("callback", label)
    if label == "a":
        loop.call_soon(cb, "a-child", loop)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", loop)
    loop.call_soon(cb, "b", loop)
    h = loop.call_soon(cb, "cancelled", loop)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("after first sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")

asyncio.run(main())
