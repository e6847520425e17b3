import asyncio

async def forever(name):
    try:
        await asyncio.Event().wait()
    finally:
        print(name, "finalizing")

async def main():
    asyncio.create_task(forever("bg1"))
    await asyncio.sleep(0.1)
    print("main done; asyncio.run cancels the rest")

asyncio.run(main())
print("clean exit")
