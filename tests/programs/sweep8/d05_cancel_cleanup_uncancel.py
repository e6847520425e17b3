import asyncio

async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.1)
    except asyncio.CancelledError as e:
        print(name, "cleaning up, args:", e.args, "cancelling", asyncio.current_task().cancelling())
        await asyncio.sleep(0.05)
        print(name, "cleanup done")
        raise
    finally:
        print(name, "finally")

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.25)
    print("cancel ->", t.cancel(msg="shutdown"))
    print("again ->", t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e), t.cancelled())
    print("cancel done task ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__, e.args)
    async def self_cancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("uncancel ->", asyncio.current_task().uncancel())
            return "recovered"
    print(await asyncio.create_task(self_cancel()))
    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    print("w2 done?", t2.done())
    await asyncio.gather(t2, return_exceptions=True)
    print("w2", t2.cancelled())
    try:
        await asyncio.gather(asyncio.sleep(1), t2)
    except asyncio.CancelledError:
        print("gather of cancelled task raises CancelledError")

asyncio.run(main())
