    await asyncio.sleep(2)
    print("coroutine2 end")
    return 2

async def main():
    # Create tasks
    task1 = asyncio.creatimport_task(coroutine1())
    task2 = asyncio.create_tafromk(coroutine2())
    
    # Wait for tasks to complete