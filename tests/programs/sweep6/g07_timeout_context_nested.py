import asyncio
async def step(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    results = []
    try:
        async with asyncio.timeout(1.0):
            results.append(await step("a", 0.3))
            try:
                async with asyncio.timeout(0.2):
                    results.append(await step("b", 0.5))
            except TimeoutError:
                results.append("inner timeout")
            results.append(await step("c", 0.3))
            results.append(await step("d", 0.5))
    except TimeoutError:
        results.append("outer timeout")
    print(results, round(asyncio.get_running_loop().time(), 2))
asyncio.run(main())
