import asyncio

async def critical_save(data, log):
    log.append("save start")
    await asyncio.sleep(0.3)
    log.append(f"saved {data}")
    return "ok"

async def handler(log):
    try:
        res = await asyncio.shield(critical_save("doc", log))
        log.append(f"handler got {res}")
    except asyncio.CancelledError:
        log.append("handler cancelled, save continues")
        raise

async def uncancel_demo():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelling() =", task.cancelling())
        print("uncancel ->", task.uncancel())
        return "recovered"

async def main():
    log = []
    t = asyncio.create_task(handler(log))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    await asyncio.sleep(0.5)
    print(log)
    t2 = asyncio.create_task(uncancel_demo())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())
    async def stubborn():
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("ignoring cancel", i)
        return "stubborn done"
    t3 = asyncio.create_task(stubborn())
    for _ in range(2):
        await asyncio.sleep(0.1)
        t3.cancel()
    print(await t3)
    t4 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t4.cancel(msg="bye")
    res = await asyncio.gather(t4, return_exceptions=True)
    print(repr(res[0]), res[0].args)

asyncio.run(main())
