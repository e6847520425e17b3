# seed3's wait options, each on fresh tasks (fetch takes a delay, as in the
# as_completed example).
import asyncio

async def fetch(url, delay=1):
    await asyncio.sleep(delay)
    if url == "bad":
        raise RuntimeError("bad url")
    return f"Data from {url}"

def make_tasks():
    return [
        asyncio.create_task(fetch("slow", 3)),
        asyncio.create_task(fetch("bad", 2)),
        asyncio.create_task(fetch("fast", 1)),
    ]

async def main():
    loop = asyncio.get_running_loop()
    tasks = make_tasks()
    # Wait for first to complete
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print("FIRST_COMPLETED", loop.time(), [t.result() for t in done], len(pending))
    await asyncio.wait(pending)

    tasks = make_tasks()
    # Wait for first exception
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_EXCEPTION
    )
    print("FIRST_EXCEPTION", loop.time(), len(done), len(pending))
    print(sorted(repr(t.exception()) for t in done))
    await asyncio.wait(pending)

    tasks = make_tasks()
    # Wait with timeout
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print("timeout", loop.time(), len(done), len(pending))
    print([t.done() for t in tasks])
    await asyncio.wait(pending)
    print("end", loop.time())

asyncio.run(main())
