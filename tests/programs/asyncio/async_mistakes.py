import asyncio

async def coro():
    return 1

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).split(" at 0x")[0])

attempt("get_running_loop outside", asyncio.get_running_loop)
attempt("create_task outside", lambda: asyncio.create_task(asyncio.sleep(0)))
attempt("run non-coroutine", lambda: asyncio.run(coro))

async def main():
    attempt("create_task on function", lambda: asyncio.create_task(coro))
    c = coro()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(coro(), 42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([coro()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(coro(), timeout="x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError:", e)
    class NotAwaitable:
        pass
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with asyncio.Lock() as l:
            async with asyncio.timeout(-1):
                await asyncio.sleep(1)
    except TimeoutError:
        print("negative timeout expires at once")
    try:
        for x in asyncio.sleep(0):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
