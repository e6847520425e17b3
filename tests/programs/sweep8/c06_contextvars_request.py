import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

def log(msg):
    print(f"[{request_id.get()}] {user.get('anon')}: {msg}")

async def db_call():
    await asyncio.sleep(0.01)
    log("db")

async def handle(rid, who):
    request_id.set(rid)
    if who:
        tok = user.set(who)
    log("start")
    await db_call()
    if who:
        user.reset(tok)
    log("end")

async def main():
    log("main")
    await asyncio.gather(handle("r1", "ann"), handle("r2", None))
    log("main again")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside")
    print(ctx[request_id], request_id.get(), request_id in ctx, len(ctx) >= 1)
    t = asyncio.create_task(handle("r3", "bob"), context=ctx)
    await t
    print(ctx.get(request_id), request_id.name, repr(user).startswith("<ContextVar name='user'"))
    try:
        user.get()
    except LookupError as e:
        print("LookupError:", repr(e).split(" at 0x")[0])
    tok = request_id.set("temp")
    print(tok.var is request_id, tok.old_value)
    request_id.reset(tok)
    try:
        request_id.reset(tok)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" var=")[0], str(e).split(">")[-1])
    loop = asyncio.get_running_loop()
    request_id.set("cb")
    loop.call_soon(log, "callback sees")
    await asyncio.sleep(0)

asyncio.run(main())
