import asyncio

async def other():
    print("other task step 1")
    await asyncio.sleep(0)
    print("other task step 2")

async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    loop.call_soon(print, "callback A")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    loop.call_soon(print, "callback B")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.sleep(0)

asyncio.run(main())
