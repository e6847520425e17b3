# A task's steps go straight onto the ready queue while the loop's call_soon is
# BaseEventLoop's; a call_soon overridden or patched later (on the loop's class or a base)
# must see every step again, as a TaskStepMethWrapper.
import asyncio


async def worker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    cls = type(loop)
    print(await asyncio.gather(worker("a", 2), worker("b", 2)))
    original = asyncio.BaseEventLoop.call_soon
    seen = []

    def counting(self, callback, *args, context=None):
        seen.append(type(callback).__name__)
        return original(self, callback, *args, context=context)

    asyncio.BaseEventLoop.call_soon = counting
    try:
        print(await asyncio.gather(worker("c", 2), worker("d", 1)))
    finally:
        asyncio.BaseEventLoop.call_soon = original
    print(sorted(set(seen)), seen.count("TaskStepMethWrapper"))
    seen.clear()
    print(await worker("e", 3), len(seen))

    class Patched(cls):
        def call_soon(self, callback, *args, context=None):
            seen.append("patched " + type(callback).__name__)
            return super().call_soon(callback, *args, context=context)

    loop.__class__ = Patched
    try:
        print(await asyncio.gather(worker("f", 1), worker("g", 2)))
    finally:
        loop.__class__ = cls
    print(sorted(set(seen)), len(seen) > 0)
    seen.clear()
    print(await worker("h", 2), len(seen))


asyncio.run(main())
