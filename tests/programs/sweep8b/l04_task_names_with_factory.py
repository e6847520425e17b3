import asyncio

class LoggedTask(asyncio.Task):
    made = []
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        LoggedTask.made.append((self.get_name(), context is not None))

def factory(loop, coro, **kw):
    return LoggedTask(coro, loop=loop, **kw)

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    loop.set_task_factory(factory)
    t = asyncio.create_task(asyncio.sleep(0.1, "x"), name="mine")
    print(t.get_name(), type(t).__name__)
    t2 = loop.create_task(asyncio.sleep(0), name="direct")
    print(t2.get_name())
    import contextvars
    t3 = asyncio.create_task(asyncio.sleep(0), context=contextvars.copy_context())
    print(t3.get_name())
    async with asyncio.TaskGroup() as tg:
        g1 = tg.create_task(asyncio.sleep(0), name="grouped")
        g2 = tg.create_task(asyncio.sleep(0))
    print(g1.get_name(), g2.get_name(), type(g1).__name__)
    print(LoggedTask.made)
    loop.set_task_factory(None)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    print(asyncio.create_task(asyncio.sleep(0), name="n").get_name())
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    async with asyncio.TaskGroup() as tg:
        print(tg.create_task(asyncio.sleep(0), name="g").get_name(), tg.create_task(asyncio.sleep(0)).get_name())
    print(asyncio.Task(asyncio.sleep(0), name="explicit").get_name(), asyncio.Task(asyncio.sleep(0)).get_name())
    print(asyncio.ensure_future(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0.2)

asyncio.run(main())
