import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    aws = [asyncio.create_task(work(n, 1)) for n in ("a", "b", "c")]
    results = []
    for fut in asyncio.as_completed(aws):
        results.append(await fut)
        print("got one at", loop.time())
    print(sorted(results))

asyncio.run(main())
