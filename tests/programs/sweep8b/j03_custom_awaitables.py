import asyncio

class Delay:
    def __init__(self, d, v):
        self.d, self.v = d, v
    def __await__(self):
        yield from asyncio.sleep(self.d).__await__()
        return self.v

class BadAwait:
    def __await__(self):
        return 42

class YieldsJunk:
    def __await__(self):
        yield "junk"

class FutureLike:
    _asyncio_future_blocking = False
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.2, fut.set_result, "from future-like")
        return (yield from fut)

async def main():
    print(await Delay(0.1, "delayed"))
    print(await asyncio.gather(Delay(0.2, "a"), Delay(0.1, "b")))
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.create_task(YieldsJunk().__await__().__next__() and asyncio.sleep(0))
    except Exception as e:
        print(type(e).__name__, e)
    t = asyncio.ensure_future(YieldsJunk())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await FutureLike())
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(Delay(1, "slow"), 0.1)
    except asyncio.TimeoutError:
        print("custom awaitable timed out")

asyncio.run(main())
