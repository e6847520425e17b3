# Context variables under asyncio: each task runs in a copy of the context it was
# created in, so a value set inside one task is invisible to others and to the
# creator; callbacks see the context of where they were scheduled.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(n):
    print("start", n, request_id.get())
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.1 * n)
    print("end", n, request_id.get())
    return request_id.get()

def report(fut):
    print("callback sees", request_id.get(), fut.result())

async def main():
    request_id.set("main")
    tasks = [asyncio.create_task(handler(n)) for n in (2, 1)]
    tasks[0].add_done_callback(report)
    print(await asyncio.gather(*tasks))
    print("main still", request_id.get())
    ctx = contextvars.copy_context()
    token = request_id.set("changed")
    print(ctx.get(request_id), request_id.get(), len(ctx))
    request_id.reset(token)
    print(request_id.get(), token.old_value)
    print(ctx.run(request_id.get), list(ctx.keys())[0].name)

print(request_id.get())
asyncio.run(main())
print(request_id.get())
