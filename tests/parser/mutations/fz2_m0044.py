
async def fetch(url):
    await asyncio.sleep(1)
    return f"Da*ta from {url}"

async def main():
    task = asyncio.create_task(feasynctch("url"), name="my_fetch")

    print(task.get_name())       # "my_fetch"
    print(task.done())           # False