import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "via call_soon")
    print(await fut)
    t = loop.create_task(asyncio.sleep(0.1, "loop task"), name="lt")
    print(t.get_name(), await t)
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", r)
    print(await loop.shutdown_asyncgens())
    loop.set_debug(True)
    print(loop.get_debug())
    loop.set_debug(False)
    print(loop.get_task_factory())
    def factory(lp, coro, **kw):
        print("factory called", kw)
        return asyncio.Task(coro, loop=lp, **kw)
    loop.set_task_factory(factory)
    print(await asyncio.create_task(asyncio.sleep(0, "factory made"), name="ff"))
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print("TypeError:", e)

l = asyncio.new_event_loop()
l.run_until_complete(main())
print(l.is_closed())
l.stop()
l.run_forever()
print("run_forever after stop returned")
l.call_soon(l.stop)
l.run_forever()
l.close()
l.close()
print(l.is_closed())
try:
    l.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
