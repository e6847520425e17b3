# call_soon/call_later/call_at with arguments; cancelled handles never run; handle
# state and TimerHandle.when() as CPython reports them.
import asyncio

def cb(tag, *rest):
    print("ran", tag, rest, asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, "soon", 1, 2)
    h2 = loop.call_soon(cb, "soon-cancelled")
    t1 = loop.call_later(0.5, cb, "later")
    t2 = loop.call_at(loop.time() + 0.25, cb, "at")
    t3 = loop.call_later(0.1, cb, "later-cancelled")
    h2.cancel()
    t3.cancel()
    print(h1.cancelled(), h2.cancelled(), t3.cancelled(), t1.when(), t2.when())
    await asyncio.sleep(1)
    h2.cancel()
    print("done", loop.time())

asyncio.run(main())
