# An object whose __await__ delegates to a loop future, and one that returns at once:
# both work in `await`, in gather and as tasks (ensure_future wraps them).
import asyncio

class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        return (yield from fut)

class Ready:
    def __await__(self):
        return "ready"
        yield

async def main():
    loop = asyncio.get_running_loop()
    print(await Delayed("a", 0.5), loop.time())
    print(await Ready())
    print(await asyncio.gather(Delayed("b", 1), Delayed("c", 0.2), Ready()), loop.time())
    t = asyncio.ensure_future(Delayed("d", 0.1))
    print(t.get_name(), await t, loop.time())

asyncio.run(main())
