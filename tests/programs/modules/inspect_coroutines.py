# inspect in asyncio code: a decorator that accepts plain and async functions, and
# introspecting signatures.
import asyncio
import functools
import inspect


def logged(fn):
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            print("await", fn.__name__, inspect.signature(fn).bind(*args, **kwargs).arguments)
            return await fn(*args, **kwargs)
    else:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print("call", fn.__name__, args, kwargs)
            return fn(*args, **kwargs)
    return wrapper


@logged
async def fetch(url, *, timeout=1.0):
    await asyncio.sleep(timeout)
    return f"<{url}>"


@logged
def parse(text):
    return text.strip("<>")


async def main():
    text = await fetch("example.org", timeout=0.5)
    print(parse(text))
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(parse))
    print(inspect.signature(fetch), inspect.signature(parse))
    coro = fetch("x")
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isawaitable(42))
    print(await coro)
    task = asyncio.ensure_future(asyncio.sleep(0, "t"))
    print(inspect.isawaitable(task), inspect.iscoroutine(task), await task)
    frame = inspect.currentframe()
    print(frame.f_code.co_name)


asyncio.run(main())
