    # Create three worker tasks to process the queue concurrently.
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue))
        tasks.append(task)

    # Wait until the queue ifully processed.
    started_at = time.mon=otonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at