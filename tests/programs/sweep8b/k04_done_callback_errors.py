import asyncio

async def quick(n):
    await asyncio.sleep(0.01 * n)
    return n

def noisy(task):
    print("noisy callback for", task.result())
    if task.result() == 2:
        raise KeyError("from done callback")

async def main():
    loop = asyncio.get_running_loop()
    messages = []
    loop.set_exception_handler(lambda lp, ctx: messages.append((ctx["message"], type(ctx.get("exception")).__name__)))
    ts = [asyncio.create_task(quick(n)) for n in (1, 2, 3)]
    for t in ts:
        t.add_done_callback(noisy)
    await asyncio.gather(*ts)
    await asyncio.sleep(0)
    print(messages)
    loop.set_exception_handler(None)
    t = asyncio.create_task(quick(0))
    t.add_done_callback(lambda task: 1 / 0)
    await t
    await asyncio.sleep(0)
    print("still running after unhandled callback error")

asyncio.run(main())
