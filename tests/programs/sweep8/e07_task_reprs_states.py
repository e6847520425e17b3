import asyncio, re

def clean(r):
    return re.sub(r" cb=\[.*\]", "", re.sub(r" at 0x[0-9a-f]+", "", r))

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def failer():
    await asyncio.sleep(0)
    raise ValueError("nope")

async def main():
    t1 = asyncio.create_task(sleeper(1), name="sleepy")
    t2 = asyncio.create_task(failer())
    print(clean(repr(t1)))
    await asyncio.sleep(0)
    print(clean(repr(t1)))
    await asyncio.sleep(0)
    print(clean(repr(t2)))
    t1.cancel()
    print(clean(repr(t1)))
    await asyncio.sleep(0)
    print(clean(repr(t1)))
    t2.exception()
    me = asyncio.current_task()
    print(clean(repr(me)))
    print(me.get_coro().__name__, t1.get_coro().cr_frame, me.get_loop() is asyncio.get_running_loop())
    t3 = asyncio.create_task(sleeper(0))
    t3.set_name(99)
    print(t3.get_name(), type(t3.get_name()).__name__)
    print(await t3, clean(repr(t3)))
    st = t2.get_stack()
    print(len(st), [f.f_code.co_name for f in t1.get_stack()])

asyncio.run(main())
