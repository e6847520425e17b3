import asyncio

async def slow_operation():
    await asyncio.sleep(10)
    return "result"

async def main():
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=2.0)
    except asyncio.TimeoutError:
        print("Operation timed out!")
    print(asyncio.get_running_loop().time())

asyncio.run(main())
