import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    task1 = asyncio.create_task(fetch("url1"))
    task2 = asyncio.create_task(fetch("url2"))

    # Get all running tasks
    all_tasks = asyncio.all_tasks()
    print(f"Running tasks: {len(all_tasks)}")  # 3 (including main)

    # Get current task
    current = asyncio.current_task()
    print(f"Current: {current.get_name()}")
    print(sorted(t.get_name() for t in all_tasks))
    await task1
    await task2

asyncio.run(main())
