# Cancelling a task that awaits another task cancels the inner one; if the inner
# swallows it, the outer gets the inner's result and is not cancelled.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallows")
    return "inner result"

async def outer(t):
    value = await t
    print("outer got", value, "cancelling =", asyncio.current_task().cancelling())
    return value

async def main():
    t_inner = asyncio.create_task(inner())
    t_outer = asyncio.create_task(outer(t_inner))
    await asyncio.sleep(0)
    t_outer.cancel()
    print(await t_outer, t_outer.cancelled(), t_inner.cancelled())

asyncio.run(main())
