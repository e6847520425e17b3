import asyncio

async def main():
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.5, result=[1, 2]))
    print(await asyncio.sleep(1))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
