import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")

async def main():
    # One task left pending: asyncio.run cancels the leftovers in set order.
    asyncio.create_task(forever("bg1"))
    await asyncio.sleep(2.5)
    print("main done")

asyncio.run(main())
print("exit")
