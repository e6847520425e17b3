import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def main():
    # Create tasks - both start immediately
    task1 = asyncio.create_task(fetch("url1"))
    task2 = asyncio.create_task(fetch("url2"))

    # Tasks are running concurrently now
    print("Tasks created and running...")

    # Await results
    result1 = await task1
    result2 = await task2

    print(result1, result2)

asyncio.run(main())
