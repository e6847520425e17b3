import asyncio

async def fetch(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail(f"{name} broke")
        print("fetched", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(fetch("a", 0.1))
            b = tg.create_task(fetch("b", 0.2, ValueError))
            c = tg.create_task(fetch("c", 0.3))
            print(repr(tg).startswith("<TaskGroup"))
    except* ValueError as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions])
    print(a.result(), b.exception(), c.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("d", 0.1, KeyError))
            tg.create_task(fetch("e", 0.1, TypeError))
    except ExceptionGroup as eg:
        print(eg, len(eg.exceptions), sorted(type(e).__name__ for e in eg.exceptions))
        kg, rest = eg.split(KeyError)
        print(kg, rest)
    async with asyncio.TaskGroup() as tg:
        pass
    try:
        tg.create_task(fetch("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
