import asyncio

async def a():
    raise KeyError("k")

async def b():
    await asyncio.sleep(0.1)
    raise TypeError("t")

async def c():
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(a())
            tg.create_task(b())
            tg.create_task(c())
    except* KeyError as g:
        print("keys", [repr(e) for e in g.exceptions])
    except* TypeError as g:
        print("types", [repr(e) for e in g.exceptions])
    eg = ExceptionGroup("many", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))
    try:
        raise eg
    except* ValueError as g:
        print("v", len(g.exceptions))
        raise RuntimeError("inside") from None

asyncio.run(main())
