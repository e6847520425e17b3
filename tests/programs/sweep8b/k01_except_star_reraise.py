import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def group(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(e))

async def main():
    try:
        try:
            await group(ValueError("a"), TypeError("b"), ValueError("c"))
        except* ValueError as eg:
            print("handling", len(eg.exceptions), "ValueErrors")
            raise
    except* TypeError as eg:
        print("outer TypeError", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("outer ValueError re-raised", sorted(str(e) for e in eg.exceptions))
    try:
        try:
            await group(KeyError("k"))
        except* KeyError:
            raise RuntimeError("replaced")
    except (ExceptionGroup, RuntimeError) as eg:
        print("new exception raised as is:", repr(eg), repr(eg.__context__))
    try:
        try:
            await group(KeyError("k"), OSError("o"))
        except* KeyError:
            raise RuntimeError("replaced one part")
    except ExceptionGroup as eg:
        print("new plus unhandled:", repr(eg))
    try:
        raise ExceptionGroup("with notes", [ValueError(1)])
    except* ValueError as eg:
        eg.add_note("note on the part")
        print(eg.__notes__, repr(eg))
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(2)])
    except* ValueError as eg:
        print("value part", repr(eg))
    except* KeyboardInterrupt as eg:
        print("kbd part", repr(eg), type(eg).__name__)
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked exception wrapped:", repr(eg))
    try:
        try:
            raise ExceptionGroup("eg", [OSError(1), ValueError(2)])
        except* OSError:
            pass
    except ExceptionGroup as rest:
        print("rest:", repr(rest))
    eg = ExceptionGroup("x", [ValueError(1)])
    print(isinstance(eg, Exception), ExceptionGroup.__mro__[1].__name__, type(BaseExceptionGroup("y", [ValueError()])).__name__)
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print("ValueError:", e)
    try:
        ExceptionGroup("bad", [1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
