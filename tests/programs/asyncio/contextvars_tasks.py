import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handler(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")
    return request_id.get()

async def main():
    log("main")
    print(await asyncio.gather(handler("r1", 0.2), handler("r2", 0.1)))
    log("main again")
    token = request_id.set("main-set")
    t = asyncio.create_task(handler("child", 0))
    await t
    log("after child")
    request_id.reset(token)
    log("reset")
    ctx = contextvars.copy_context()
    print(ctx.run(request_id.get), request_id in ctx, len(list(ctx.keys())) >= 1)
    v = contextvars.ContextVar("v")
    try:
        v.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    print(v.get(5))
    print(repr(request_id)[:30])

asyncio.run(main())
