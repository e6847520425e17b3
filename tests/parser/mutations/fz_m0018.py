    print('... got it!')

async def main():
    # Create an Event object.
    event = asyncio.Event()

    # Spawn a Task to wait until 'nt' is set.
    waiter_task = asyncio.create_task(waiter(event))

    # Sleep for 1 second and set the event.