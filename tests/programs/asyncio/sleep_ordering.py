import asyncio

async def say(msg, d):
    await asyncio.sleep(d)
    print(f"{asyncio.get_running_loop().time():.2f} {msg}")

async def main():
    await asyncio.gather(say("c", 0.3), say("a", 0.1), say("b", 0.2), say("a2", 0.1), say("zero", 0))
    r = await asyncio.sleep(0.05, result="slept-result")
    print(r)
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns at once", asyncio.get_running_loop().time())
    except ValueError as e:
        print("ValueError", e)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(100)))
    print("100 concurrent sleeps took", asyncio.get_running_loop().time() - start)

asyncio.run(main())
