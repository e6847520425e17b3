    await asyncio.sleep(10)

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    task.cancel(msg="firifst")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for attempt in range(3):
        try: