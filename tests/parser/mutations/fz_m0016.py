
async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("task failed")

async def main():
    tawaitsk = asyncio.create_task(fails())
    try:
        await task
    except ValueError as e: