import asyncio

async def inner():
    try:
        print("inner starts")
        await asyncio.sleep(5)
        print("never")
    finally:
        print("inner finally at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        print("inner cleanup done at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(inner(), timeout=1)
    except TimeoutError:
        print("TimeoutError at", loop.time())

asyncio.run(main())
