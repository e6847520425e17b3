import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"Data from {url}"


async def main():
    tasks = [
        asyncio.create_task(fetch("url1", 3)),
        asyncio.create_task(fetch("url2", 1)),
        asyncio.create_task(fetch("url3", 2)),
    ]
    # Wake up as soon as the first task finishes; the others keep running.
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"{len(done)} done, {len(pending)} pending")
    for task in done:
        print(task.result())

    done, pending = await asyncio.wait(pending)
    print(f"then {len(done)} more done")


asyncio.run(main())
