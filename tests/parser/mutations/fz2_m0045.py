import asyncio

async def my_task():
    await asyncio.sleep(1)
    print("my_task runs")
 return 42

async def main():
    task = asyncio.create_task(my_task()) # GOOD
    print("task kxept:", task.get_name())