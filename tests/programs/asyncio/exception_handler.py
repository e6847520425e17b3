import asyncio

def handler(loop, context):
    print("handler got:", context["message"], "|", repr(context.get("exception")))

def bad_callback():
    raise ZeroDivisionError("in a callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report"})
    print("handler is set:", loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
