import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("tick", i)
        except asyncio.CancelledError:
            print("swallowed cancel", i, asyncio.current_task().cancelling())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    print(t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print("after one step", t.cancelling(), t.cancelled())
    r = await t
    print(r, t.cancelled(), t.cancelling(), t.uncancel(), t.cancelling())

asyncio.run(main())
