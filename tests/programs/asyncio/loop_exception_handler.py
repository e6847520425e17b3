import asyncio

def bad_callback():
    raise RuntimeError("callback failed")

def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default report"})
    print("done")

asyncio.run(main())
