import asyncio, re

def clean(r):
    return re.sub(r" at 0x[0-9a-f]+", "", r)

async def work():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(repr(f)))
    f.set_result([1, 2])
    print(clean(repr(f)))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(clean(repr(g)))
    g.exception()
    h = loop.create_future()
    h.cancel("because")
    print(clean(repr(h)))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    t = asyncio.create_task(work(), name="w")
    await asyncio.sleep(0)
    print(clean(repr(t)))
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args)
    print(clean(repr(t)))
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
