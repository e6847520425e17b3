import asyncio, sys

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finalized")

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(type(hooks).__name__, hooks.firstiter is not None, hooks.finalizer is not None)
    print(len(hooks), hooks[0] is hooks.firstiter)
    g = ticker()
    async for v in g:
        if v == 2:
            break
    print("broke out at 2")
    del g
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after del")
    try:
        sys.set_asyncgen_hooks(firstiter=42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        sys.set_asyncgen_hooks(finalizer="x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
old = sys.get_asyncgen_hooks()
print(old.firstiter, old.finalizer)
