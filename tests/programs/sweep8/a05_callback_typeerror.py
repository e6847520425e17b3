import asyncio

def on_done(fut, extra):
    print("never", fut, extra)

def good(fut):
    print("good callback saw", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(good)
    loop.call_soon(fut.set_result, 42)
    await asyncio.sleep(0.01)
    loop.call_later(0.01, print, "later", "args", sep="-")
    await asyncio.sleep(0.02)
    print("main continues")

def handler(loop, ctx):
    print("handler:", ctx["message"])
    print("  exc:", type(ctx.get("exception")).__name__, ctx.get("exception"))

async def runner():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()

asyncio.run(runner())
