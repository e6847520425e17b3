import asyncio, re
def out(*p): print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(x)) for x in p))
class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class HalfAsync:
    async def __aenter__(self): return self
class AiterNoAnext:
    def __aiter__(self): return self
class AiterReturnsSync:
    def __aiter__(self): return iter([1])
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
class AwaitReturnsCoroutine:
    def __await__(self):
        async def c(): pass
        return c()
async def main():
    cases = [
        ("async with sync", lambda: SyncCM()),
        ("async with half", lambda: HalfAsync()),
    ]
    for label, mk in cases:
        try:
            async with mk():
                pass
        except (TypeError, AttributeError) as e:
            out(label, type(e).__name__, e)
    for label, obj in [("no anext", AiterNoAnext()), ("sync iter", AiterReturnsSync()), ("anext int", AnextNotAwaitable()), ("list", [1])]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            out(label, "TypeError:", e)
    try:
        await AwaitReturnsCoroutine()
    except TypeError as e:
        out("TypeError:", e)
    try:
        await None
    except TypeError as e:
        out("TypeError:", e)
    try:
        await asyncio.sleep
    except TypeError as e:
        out("TypeError:", e)
    try:
        with asyncio.Lock():
            pass
    except (TypeError, AttributeError) as e:
        out(type(e).__name__, e)
    try:
        async with asyncio.Semaphore(1) as s:
            out("sem value", s)
    except Exception as e:
        out(type(e).__name__, e)
    try:
        pq = asyncio.PriorityQueue()
        pq.put_nowait(1); pq.put_nowait("a")
    except TypeError as e:
        out("TypeError:", e)
asyncio.run(main())
