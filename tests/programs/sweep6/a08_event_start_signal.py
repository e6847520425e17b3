import asyncio
async def runner(name, start, finish_line):
    await start.wait()
    t = {"ann": 0.3, "ben": 0.2, "cy": 0.4}[name]
    await asyncio.sleep(t)
    finish_line.append(name)
    print(f"{name} finished at {asyncio.get_running_loop().time():.1f}")
async def main():
    start = asyncio.Event()
    finish = []
    tasks = [asyncio.create_task(runner(n, start, finish)) for n in ("ann", "ben", "cy")]
    for i in (3, 2, 1):
        print(i, "...")
        await asyncio.sleep(0.5)
    print("GO!")
    start.set()
    await asyncio.gather(*tasks)
    print("podium:", finish)
    start.clear()
    print(start.is_set())
asyncio.run(main())
