import asyncio

def cb(x):
    print("cb got", x)
    return x["missing"]

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, {})
    await asyncio.sleep(0.1)
    print("loop survived")

asyncio.run(main())
