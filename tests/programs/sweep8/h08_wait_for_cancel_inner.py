import asyncio

async def stubborn(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn: cancelled, cleaning for 0.1s")
        await asyncio.sleep(0.1)
        print("stubborn: cleanup done")
        raise

async def ignores_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignores_cancel swallowed it")
    return "ignored"

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(stubborn(5), 0.2)
    except TimeoutError as e:
        print("timeout at", round(loop.time(), 2), repr(e))
    r = await asyncio.wait_for(ignores_cancel(), 0.2)
    print("wait_for returned", r, "at", round(loop.time(), 2))
    try:
        await asyncio.wait_for(stubborn(1), 0)
    except TimeoutError:
        print("zero timeout", round(loop.time(), 2))
    t = asyncio.create_task(asyncio.wait_for(stubborn(5), 10))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel propagated", round(loop.time(), 2))
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "fut ok")
    print(await asyncio.wait_for(fut, 1))

asyncio.run(main())
