import asyncio, contextvars, itertools
trace_id = contextvars.ContextVar("trace_id")
depth = contextvars.ContextVar("depth", default=0)
ids = itertools.count(1)
def log(msg):
    print("  " * depth.get() + f"[{trace_id.get('none')}] {msg}")
async def span(name, coro):
    token = depth.set(depth.get() + 1)
    log(f"> {name}")
    try:
        return await coro
    finally:
        log(f"< {name}")
        depth.reset(token)
async def db(q):
    await asyncio.sleep(0.05)
    log(f"query {q}")
    return q.upper()
async def handle(req):
    trace_id.set(f"t{next(ids)}")
    a = await span("db1", db(req + "-a"))
    b = await span("db2", db(req + "-b"))
    return a + b
async def main():
    log("main")
    print(await asyncio.gather(handle("x"), handle("y")))
    log("main end")
asyncio.run(main())
