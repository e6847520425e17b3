import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker cancelled with", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args)
    print(t.cancel(), t.cancelling())
    me = asyncio.current_task()
    me.cancel("self")
    print(me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self cancel", e.args, me.cancelling())
    print(me.uncancel(), me.cancelling(), me.uncancel())
    async def nested():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    n = asyncio.create_task(nested())
    await asyncio.sleep(0)
    n.cancel()
    print(await n, n.cancelled(), n.cancelling())
    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="fut msg")
    try:
        await f
    except asyncio.CancelledError as e:
        print("future", e.args)
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    print(g.cancel("gather msg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather", e.args)
    s = asyncio.create_task(asyncio.sleep(1))
    sh = asyncio.shield(s)
    await asyncio.sleep(0)
    sh.cancel("shield msg")
    try:
        await sh
    except asyncio.CancelledError as e:
        print("shield", e.args, s.cancelled())
    print(await s)

asyncio.run(main())
