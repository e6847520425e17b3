import asyncio

async def background(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise RuntimeError(f"background {n} failed")
    print("background", n, "ok")

async def main():
    for n in range(1, 4):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.5)
    print("main exits without looking")

asyncio.run(main())
print("after run")
