import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0.1, ValueError("inner v")))
        tg.create_task(fail(0.1, TypeError("inner t")))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(0.2, KeyError("outer k")))
            tg.create_task(asyncio.sleep(1))
    except* KeyError as eg:
        print("KeyError part:", repr(eg))
    except* (ValueError, TypeError) as eg:
        print("nested part:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except* ValueError as eg:
        print("values:", eg.exceptions, type(eg.exceptions[0]).__name__)
        print(repr(eg))
    except* TypeError as eg:
        print("types:", repr(eg))
    eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
    print(eg.subgroup(OSError))
    derived = eg.derive([ZeroDivisionError()])
    print(repr(derived), derived.__traceback__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("x")))
            raise KeyError("body")
    except ExceptionGroup as e:
        print(repr(e))

asyncio.run(main())
