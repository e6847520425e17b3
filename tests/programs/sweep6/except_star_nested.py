import asyncio

class NetErr(Exception): pass
class DiskErr(OSError): pass

async def net(i):
    await asyncio.sleep(i / 10)
    raise NetErr(f"net {i}")

async def disk():
    await asyncio.sleep(0.05)
    raise DiskErr(28, "No space left")

async def ok():
    await asyncio.sleep(1)
    return "ok"

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(net(1))
            tg.create_task(disk())
            tg.create_task(ok())
            async with asyncio.TaskGroup() as inner:
                inner.create_task(net(2))
    except* NetErr as g:
        print("net:", repr(g))
        for e in g.exceptions:
            print("  ", type(e).__name__, e)
    except* OSError as g:
        print("os:", [(e.errno, e.strerror) for e in g.exceptions])
    try:
        raise ExceptionGroup("batch", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        print("values", g.exceptions, g.message)
    except* TypeError as g:
        print("types", g.exceptions)
    try:
        try:
            raise ExceptionGroup("x", [KeyError("k")])
        except* KeyError:
            raise RuntimeError("from handler")
    except RuntimeError as e:
        print("handler raised", e, type(e.__context__).__name__)
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g))
    eg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    print(type(eg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__)
    print(eg.derive([ValueError("d")]), ExceptionGroup("m", [ValueError()]).exceptions)
    try:
        ExceptionGroup("empty", [])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
