import asyncio

def cb(tag, loop):
    print("callback", tag, round(loop.time(), 2))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon", loop)
    loop.call_later(0.2, cb, "later", loop)
    h = loop.call_later(0.1, cb, "cancelled", loop)
    h.cancel()
    loop.call_at(loop.time() + 0.3, cb, "at", loop)
    await asyncio.sleep(0.5)
    fut = loop.create_future(); fut.set_result(6)
    print("executor", await fut)
    print(loop.is_running(), loop.is_closed(), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(asyncio.sleep), asyncio.isfuture(fut))
    def handler(loop, ctx):
        print("handler:", ctx["message"], type(ctx.get("exception")).__name__)
    loop.set_exception_handler(handler)
    def boom():
        raise RuntimeError("in callback")
    loop.call_soon(boom)
    await asyncio.sleep(0)
    print("after boom", loop.get_exception_handler() is handler)
    print(await asyncio.sleep(0.1, "slept"))

asyncio.run(main())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.sleep(0.1, "ruc")))
task = loop.create_task(asyncio.sleep(0.1, "task"))
print(loop.run_until_complete(task))
loop.close()
print(loop.is_closed())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "runner1")), runner.run(asyncio.sleep(0, "runner2")))
