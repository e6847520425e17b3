import asyncio

async def stream(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.1)
            yield f"{name}-{i}"
    finally:
        print(f"{name} cleanup")

async def consumer():
    async for item in stream("s1"):
        print(item)
        if item.endswith("2"):
            break
    g = stream("s2")
    print(await g.__anext__())
    await asyncio.sleep(0.5)
    print("main ends")

asyncio.run(consumer())
print("after run")
