import asyncio, inspect
from collections import defaultdict
from functools import partial

class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
    def on(self, event):
        def deco(fn):
            self.handlers[event].append(fn)
            return fn
        return deco
    async def emit(self, event, *args, **kwargs):
        results = []
        for h in self.handlers.get(event, []):
            r = h(*args, **kwargs)
            if inspect.isawaitable(r):
                r = await r
            results.append(r)
        return results

bus = EventBus()

@bus.on("order")
def log_order(order_id, amount):
    return f"logged {order_id}"

@bus.on("order")
async def charge(order_id, amount):
    await asyncio.sleep(0.1)
    return f"charged {amount:.2f} for {order_id}"

bus.on("order")(partial(lambda prefix, order_id, amount: f"{prefix}{order_id}", "notify:"))

class Greeter:
    def __init__(self, name):
        self.name = name
    async def __call__(self, who):
        await asyncio.sleep(0)
        return f"{self.name} greets {who}"

bus.on("hello")(Greeter("bot"))

async def main():
    print(await bus.emit("order", "A1", amount=9.5))
    print(await bus.emit("hello", "ann"))
    print(await bus.emit("nothing"))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback:", f.result()))
    fut.add_done_callback(partial(print, "partial callback:"))
    loop.call_later(0.2, fut.set_result, 42)
    await fut
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.1, "task result"))
    t.add_done_callback(lambda t: print("task callback", t.result()))
    removed = t.remove_done_callback(print)
    print("removed", removed)
    await t
    await asyncio.sleep(0)

asyncio.run(main())
