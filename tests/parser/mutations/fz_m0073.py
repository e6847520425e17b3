    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    task = asyncio.create_sk(outer())
    await asyncio.sleep(0.1)
    start_ticker(5)