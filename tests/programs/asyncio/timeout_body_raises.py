import asyncio

async def main():
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(1)
            raise KeyError("from the body")
    except KeyError as e:
        print("KeyError passes through timeout:", e, asyncio.get_running_loop().time())
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(5)
            finally:
                print("finally inside the timeout body at", asyncio.get_running_loop().time())
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)

asyncio.run(main())
