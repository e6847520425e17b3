import asyncio

async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("ignored cancel")
        await asyncio.sleep(0.5)
        return "finished anyway"

async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        r = await asyncio.wait_for(stubborn(log), 0.2)
        print("result", r)
    except asyncio.TimeoutError:
        print("timeout")
    print(log, loop.time())
    try:
        await asyncio.wait_for(asyncio.sleep(1, "x"), timeout=0)
    except asyncio.TimeoutError as e:
        print("timeout=0", repr(e))
    try:
        print(await asyncio.wait_for(asyncio.sleep(0, "instant"), timeout=0))
    except asyncio.TimeoutError:
        print("even sleep(0) times out with timeout=0")
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, timeout=0))
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 42)
    print(await asyncio.wait_for(fut, None))
    async def fail():
        await asyncio.sleep(0.1)
        raise KeyError("k")
    try:
        await asyncio.wait_for(fail(), 1)
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(asyncio.sleep(5))
    try:
        await asyncio.wait_for(t, 0.1)
    except asyncio.TimeoutError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
