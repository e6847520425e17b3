import asyncio

async def raiser(exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    t = asyncio.create_task(raiser(ValueError("v")))
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.wait([t])
    print(repr(t.exception()), t.exception() is t.exception())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print("CancelledError from exception()", e.args)
    s = asyncio.create_task(raiser(StopIteration("s")))
    await asyncio.wait([s])
    print(type(s.exception()).__name__, s.exception())
    g = asyncio.create_task(raiser(GeneratorExit()))
    try:
        await g
    except GeneratorExit:
        print("GeneratorExit propagated")
    async def returns_task():
        return asyncio.current_task()
    r = asyncio.create_task(returns_task())
    print((await r) is r)
    try:
        await asyncio.create_task(asyncio.sleep(0)).__await__().send(1)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__)

asyncio.run(main())
