import asyncio


async def producer(queue):
    for i in range(5):
        await asyncio.sleep(0.5)
        await queue.put(i)
        print(f"produced {i}")


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(1)  # pretend to work on it
        print(f"{name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"worker-{i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()  # every item handled
    for w in workers:
        w.cancel()
    print("all done")


asyncio.run(main())
