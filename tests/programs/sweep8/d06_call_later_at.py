import asyncio

def tick(loop, label, log):
    log.append((round(loop.time(), 3), label))
    print(f"{loop.time():.2f} {label}")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    h1 = loop.call_later(0.3, tick, loop, "later 0.3", log)
    h2 = loop.call_at(loop.time() + 0.1, tick, loop, "at +0.1", log)
    h3 = loop.call_later(0.2, tick, loop, "cancelled", log)
    loop.call_soon(tick, loop, "soon", log)
    loop.call_later(0.1, tick, loop, "later 0.1 (same time)", log)
    h3.cancel()
    print(isinstance(h1, asyncio.TimerHandle), type(loop.call_soon(lambda: None)).__name__, h3.cancelled(), h1.when())
    print(repr(h3).split(" ", 1)[1])
    await asyncio.sleep(0.5)
    print(log)
    try:
        loop.call_later(0.1, tick)
        await asyncio.sleep(0.2)
    except TypeError as e:
        print("never here", e)
    def stop_after(n):
        print("countdown", n)
        if n:
            loop.call_later(0.1, stop_after, n - 1)
    stop_after(3)
    await asyncio.sleep(1)
    try:
        loop.call_soon(print, "x", end="")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later("1", print)
    except TypeError as e:
        print("TypeError:", e)

def handler(loop, ctx):
    print("handler:", ctx["message"], type(ctx["exception"]).__name__, ctx["exception"])

async def outer():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()

asyncio.run(outer())
