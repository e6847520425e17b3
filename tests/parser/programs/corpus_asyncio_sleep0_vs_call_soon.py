import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)")
    loop.call_soon(print, "soon 2")
    loop.call_soon(print, "soon 3")
    await asyncio.sleep(0)
    print("after second sleep(0)")

asyncio.run(main())
