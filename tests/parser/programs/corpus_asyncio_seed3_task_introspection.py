import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    task = asyncio.create_task(fetch("url"), name="my_fetch")

    print(task.get_name())       # "my_fetch"
    print(task.done())           # False
    print(task.cancelled())      # False

    await task

    print(task.done())           # True
    print(task.result())         # "Data from url"

asyncio.run(main())
