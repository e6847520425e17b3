import asyncio

SENTINEL = object()

async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        try:
            if item is SENTINEL:
                if outq is not None:
                    await outq.put(SENTINEL)
                return name
            res = fn(item)
            await asyncio.sleep(0.01)
            if outq is not None:
                await outq.put(res)
            else:
                print(name, "final", res)
        finally:
            inq.task_done()

async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    stages = [
        asyncio.create_task(stage("double", q1, q2, lambda x: x * 2)),
        asyncio.create_task(stage("str", q2, q3, lambda x: f"<{x}>")),
        asyncio.create_task(stage("sink", q3, None, str.upper)),
    ]
    for i in range(5):
        await q1.put(i)
        print("fed", i, q1.qsize(), q2.qsize(), q3.qsize())
    await q1.put(SENTINEL)
    print(await asyncio.gather(*stages))
    await asyncio.gather(q1.join(), q2.join(), q3.join())
    print("all joined", asyncio.get_running_loop().time())

asyncio.run(main())
