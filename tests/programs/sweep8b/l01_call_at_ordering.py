import asyncio, contextvars

var = contextvars.ContextVar("var", default="none")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    now = loop.time()
    loop.call_at(now + 0.2, log.append, "at 0.2 first")
    loop.call_later(0.2, log.append, "later 0.2")
    loop.call_at(now + 0.1, log.append, "at 0.1")
    loop.call_at(now + 0.2, log.append, "at 0.2 second")
    loop.call_soon(log.append, "soon")
    h = loop.call_later(0.15, log.append, "cancelled")
    h.cancel()
    loop.call_later(-5, log.append, "negative delay")
    loop.call_at(now - 1, log.append, "past")
    await asyncio.sleep(0.3)
    print(log)
    print(h.cancelled(), h.when() == now + 0.15)
    ctx = contextvars.copy_context()
    ctx.run(var.set, "custom")
    seen = []
    loop.call_soon(lambda: seen.append(var.get()), context=ctx)
    loop.call_soon(lambda: seen.append(var.get()))
    loop.call_later(0.1, lambda: seen.append(var.get()), context=ctx)
    await asyncio.sleep(0.2)
    print(seen)
    try:
        loop.call_soon(print, context="bad")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError", type(e).__name__)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    async def cor():
        pass
    try:
        loop.call_soon(cor)
    except TypeError as e:
        print("TypeError:", e)
    th = loop.call_later(1, print)
    print(isinstance(th, asyncio.TimerHandle), th.when() - loop.time())
    th.cancel()
    print(round(loop.time(), 6))

asyncio.run(main())
