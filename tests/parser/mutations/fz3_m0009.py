import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    task = asyncio.create_task(fetch("ur"), name="fetch_task")
    print(task.get_name())  # "fetch_task"
    print(await task)