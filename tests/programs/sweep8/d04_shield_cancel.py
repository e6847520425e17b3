import asyncio

async def save(data):
    print("saving", data)
    await asyncio.sleep(0.5)
    print("saved", data)
    return len(data)

async def handler():
    inner = asyncio.ensure_future(save("report"))
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled, inner done?", inner.done(), inner.cancelled())
        r = await inner
        print("inner finished anyway:", r)
        raise

async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    s = asyncio.shield(save("x"))
    s.cancel()
    print("shield outer cancelled:", s.cancelled())
    await asyncio.sleep(1)
    try:
        r = await asyncio.wait_for(asyncio.shield(save("slow")), 0.2)
    except TimeoutError:
        print("timed out but still saving")
    await asyncio.sleep(1)
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print(asyncio.shield(done) is done, await asyncio.shield(done))

asyncio.run(main())
