import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("nobody listens")

async def main():
    t = asyncio.create_task(boom(), name="lonely")
    await asyncio.sleep(0.1)
    print("done?", t.done(), t.exception())
    print(repr(t.exception()))
    print(t)

asyncio.run(main())
print("end")
