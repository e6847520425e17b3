# wait_for and shield given plain futures (no task is created for them), and what
# cancellation does to each.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.5, f.set_result, "f done")
    print(await asyncio.wait_for(f, 1), loop.time())

    g = loop.create_future()
    try:
        await asyncio.wait_for(g, 0.3)
    except asyncio.TimeoutError:
        print("timeout", g.cancelled(), loop.time())

    h = loop.create_future()
    outer = asyncio.shield(h)
    outer.cancel()
    print(outer.cancelled(), h.cancelled())
    h.set_result(3)
    await asyncio.sleep(0)
    print(h.result(), asyncio.current_task().get_name())

asyncio.run(main())
