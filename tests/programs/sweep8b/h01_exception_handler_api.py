import asyncio, re

def out(*parts):
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

async def main():
    loop = asyncio.get_running_loop()
    out(loop.get_exception_handler())
    seen = []
    def handler(lp, ctx):
        seen.append(sorted(ctx))
        out("handler:", ctx["message"], lp is loop, type(ctx.get("exception")).__name__)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        out("TypeError:", e)
    loop.set_exception_handler(handler)
    out(loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.set_exception(ValueError("lost"))
    del fut
    async def failing():
        raise KeyError("task lost")
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    out(seen)
    def broken_handler(lp, ctx):
        raise RuntimeError("handler failed")
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "to broken"})
    out("survived broken handler")
    loop.set_exception_handler(None)
    out(loop.get_exception_handler())
    def default_caller(lp, ctx):
        out("delegating", ctx["message"])
        lp.default_exception_handler(ctx)
    loop.set_exception_handler(default_caller)
    loop.call_exception_handler({"message": "via default"})
    loop.call_exception_handler({"message": "with exc", "exception": ZeroDivisionError("z")})
    loop.set_exception_handler(None)
    out("done")

asyncio.run(main())
