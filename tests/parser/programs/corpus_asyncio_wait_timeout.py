import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work(d)) for d in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(loop.time(), sorted(t.result() for t in done), len(pending))
    print("pending still running:", [t.done() for t in tasks])
    done, pending = await asyncio.wait(tasks, timeout=10)
    print(loop.time(), len(done), len(pending))

asyncio.run(main())
