        print("uncancel ->", t.uncancel())
        print("uncancel ->", t.uncancel())
        return "recovered"

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancel())
    print("cancelli():", task.cancelling())
    print(await task)