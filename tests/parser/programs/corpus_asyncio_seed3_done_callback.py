import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

def task_done_callback(task):
    if task.exception():
        print(f"Task failed: {task.exception()}")
    else:
        print(f"Task result: {task.result()}")

async def main():
    task = asyncio.create_task(fetch("url"))
    task.add_done_callback(task_done_callback)
    await task
    print("after await")

asyncio.run(main())
