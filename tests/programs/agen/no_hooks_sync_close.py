# Without hooks (no loop running) a dropped async generator is closed on the spot:
# an await in its finally makes that close fail ("async generator ignored
# GeneratorExit", printed as unraisable). A plain generator runs as a task (3.11).
import asyncio, gc, sys

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('finally start')
        await asyncio.sleep(0)
        print('finally end')

async def agen2():
    try:
        yield 1
    finally:
        print('agen2 finally (no await)')

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(drive(g.__anext__()))
del g
print('dropped g')
g2 = agen2()
print(drive(g2.__anext__()))
del g2
print('dropped g2')

def gen_coro():
    yield
    return 'from generator'

async def main():
    try:
        t = asyncio.ensure_future(gen_coro())
        print(await t)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
