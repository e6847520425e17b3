import asyncio

async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, task.cancel)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled at", asyncio.get_running_loop().time())
        raise

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
