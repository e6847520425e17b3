# Two awaits of one async generator at once: the second is refused, as in CPython.
import asyncio

async def slow():
    await asyncio.sleep(0.5)
    yield 'first'
    await asyncio.sleep(0.5)
    yield 'second'

async def main():
    g = slow()
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0.1)
    print('ag_running while awaited:', g.ag_running)
    for make in (g.__anext__, lambda: g.asend(None), lambda: g.athrow(ValueError), g.aclose):
        try:
            await make()
        except RuntimeError as e:
            print('RuntimeError:', e)
    print(await t)
    print('ag_running after:', g.ag_running)
    print(await g.__anext__())
    await g.aclose()
    print('closed; ag_running:', g.ag_running)

asyncio.run(main())
