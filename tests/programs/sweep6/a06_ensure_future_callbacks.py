import asyncio
async def job(x):
    await asyncio.sleep(0.1)
    if x < 0:
        raise ValueError("negative")
    return x * x
def on_done(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception():
        print("callback: error", fut.exception())
    else:
        print("callback: result", fut.result())
async def main():
    f1 = asyncio.ensure_future(job(3))
    f1.add_done_callback(on_done)
    f2 = asyncio.ensure_future(job(-1))
    f2.add_done_callback(on_done)
    f3 = asyncio.ensure_future(job(5))
    f3.add_done_callback(on_done)
    f3.cancel()
    await asyncio.sleep(0.2)
    print(f1 is asyncio.ensure_future(f1), f2.done())
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
