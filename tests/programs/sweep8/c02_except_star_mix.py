import asyncio

class NetError(Exception):
    pass

async def step(i):
    await asyncio.sleep(0.01 * i)
    if i % 3 == 0:
        raise NetError(f"net {i}")
    if i % 3 == 1:
        raise ValueError(f"val {i}")
    return i

async def main():
    results = await asyncio.gather(*(step(i) for i in range(1, 7)), return_exceptions=True)
    errs = [r for r in results if isinstance(r, Exception)]
    print(results)
    try:
        raise ExceptionGroup("batch", errs)
    except* NetError as g:
        print("net:", [str(e) for e in g.exceptions])
    except* ValueError as g:
        print("val:", g.message, len(g.exceptions))
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), NetError("c")])])
        except* TypeError:
            print("handled TypeError")
    except ExceptionGroup as eg:
        print("left:", repr(eg))
        print(eg.exceptions[1].exceptions)
    eg = ExceptionGroup("g", [ValueError(1), KeyError(2)])
    print(eg.subgroup(lambda e: isinstance(e, KeyError)), eg.derive([ValueError(3)]))
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        ExceptionGroup("empty", [])
    except ValueError as e:
        print("ValueError:", e)
    try:
        raise ExceptionGroup("x", [ValueError("v")])
    except* ValueError:
        try:
            raise
        except ExceptionGroup as again:
            print("reraised", repr(again))

asyncio.run(main())
