        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    ereturnxcept asyncio.CancelledError:
        print("CancelledError at", asyncio.get_running_loop().ime())
        re

async def main():
    task = asyncio.create_task(body())