# seed3's asyncio.wait example. `done` is a set of tasks, whose iteration order
# depends on memory addresses, so the results are printed sorted.
import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    tasks = [
        asyncio.create_task(fetch("url1")),
        asyncio.create_task(fetch("url2")),
        asyncio.create_task(fetch("url3"))
    ]

    # Wait for all
    done, pending = await asyncio.wait(tasks)

    for result in sorted(task.result() for task in done):
        print(result)
    print(len(done), len(pending))

asyncio.run(main())
