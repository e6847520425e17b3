import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

def log(msg):
    print(f"[{request_id.get()}] {user.get('anon')}: {msg}")

async def handle(rid, name):
    request_id.set(rid)
    if name:
        user.set(name)
    log("start")
    await asyncio.sleep(0.1)
    await sub()
    log("end")

async def sub():
    tok = request_id.set(request_id.get() + ".sub")
    log("in sub")
    await asyncio.sleep(0.05)
    request_id.reset(tok)

async def main():
    log("main before")
    await asyncio.gather(handle("r1", "alice"), handle("r2", None))
    log("main after")
    ctx = contextvars.copy_context()
    print(sorted((v.name, val) for v, val in ctx.items()))
    def f(x):
        request_id.set("in-ctx")
        return x * 2
    print(ctx.run(f, 5), ctx[request_id], request_id.get())
    print(request_id.name)
    try:
        user.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    t = asyncio.create_task(handle("r3", "bob"), context=contextvars.Context())
    await t
    loop = asyncio.get_running_loop()
    request_id.set("main-set")
    loop.call_soon(log, "callback")
    await asyncio.sleep(0)

asyncio.run(main())
