import asyncio, inspect
async def compute():
    return 42
def regular():
    return 42
async def main():
    c = compute()
    print(type(c).__name__, inspect.iscoroutine(c), asyncio.iscoroutine(c), inspect.iscoroutinefunction(compute), inspect.iscoroutinefunction(regular))
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = compute()
    c2.close()
    try:
        await c2
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await regular()
    except TypeError as e:
        print("TypeError:", e)
    try:
        c3 = compute()
        c3.send(None)
    except StopIteration as e:
        print("StopIteration value", e.value)
asyncio.run(main())
