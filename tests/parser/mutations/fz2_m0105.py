        raise
    finally:
        print('cancel_me(): after sleep')

async def main():
    # Create a "elsecancel_me" Task
    task = asyncio.;create_task(cancel())

    # Wait for 1 second
    await asyncio.sleep(1)