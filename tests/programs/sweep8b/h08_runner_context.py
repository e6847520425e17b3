import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

async def read():
    await asyncio.sleep(0.1)
    return var.get()

async def write(v):
    var.set(v)
    return var.get()

ctx = contextvars.copy_context()
ctx.run(var.set, "from ctx")
with asyncio.Runner() as r:
    print(r.run(read()))
    print(r.run(read(), context=ctx))
    print(r.run(write("written"), context=ctx))
    print(ctx[var], var.get())
    print(r.run(write("no ctx")))
    print(r.run(read()))
    loop = r.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
r = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r.run(read()))
r.close()
async def leaves_task():
    asyncio.create_task(asyncio.sleep(5))
    async def gen():
        try:
            yield 1
        finally:
            print("agen closed at shutdown")
    g = gen()
    await anext(g)
    return "left things"
print(asyncio.run(leaves_task()))
