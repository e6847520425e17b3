import re

def out(*parts):
    # Addresses differ from run to run: printed as 0x?.
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

import asyncio, contextvars

user = contextvars.ContextVar("user", default="anon")
depth = contextvars.ContextVar("depth")

async def report(tag):
    await asyncio.sleep(0.1)
    out(tag, user.get(), depth.get("no depth"))

async def child():
    user.set("child")
    await report("child")

async def main():
    user.set("main")
    t = asyncio.create_task(child())
    await t
    await report("main after child")
    ctx = contextvars.copy_context()
    ctx.run(user.set, "in ctx")
    out(ctx[user], user.get(), len(ctx) >= 1, user in ctx, depth in ctx)
    t2 = asyncio.create_task(report("custom ctx"), context=ctx)
    await t2
    loop = asyncio.get_running_loop()
    ran = loop.create_future()
    def cb():
        out("callback sees", user.get())
        ran.set_result(None)
    loop.call_soon(cb, context=ctx)
    await ran
    tok = depth.set(1)
    out(repr(tok.var), tok.old_value)
    depth.reset(tok)
    try:
        depth.reset(tok)
    except RuntimeError as e:
        out("RuntimeError:", e)
    try:
        depth.get()
    except LookupError as e:
        out("LookupError", repr(e))
    other = contextvars.copy_context()
    try:
        other.run(depth.reset, user.set("x"))
    except ValueError as e:
        out("ValueError:", e)
    def recurse():
        ctx.run(lambda: None)
    try:
        ctx.run(recurse)
    except RuntimeError as e:
        out("RuntimeError:", e)
    out(sorted(v.name for v in ctx.keys()))

asyncio.run(main())
