import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inner got", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("shutting down"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", repr(e))
    me = asyncio.current_task()
    print(me.cancelling())
    me.cancel()
    print(me.cancelling())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught own cancel", me.uncancel(), me.cancelling())
    await asyncio.sleep(0.1)
    print("still running")
    t2 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    print(t2.cancelled())
    try:
        t2.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")

asyncio.run(main())
