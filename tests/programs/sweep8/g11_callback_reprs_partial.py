import asyncio, functools, re

def clean(r):
    return re.sub(r" at 0x[0-9a-f]+", "", r)

class Button:
    def __init__(self, label):
        self.label = label
    def clicked(self, fut):
        print(self.label, "clicked with", fut.result())

def report(tag, fut, *, loud=False):
    print(("!" if loud else "") + tag, fut.result())

async def main():
    loop = asyncio.get_running_loop()
    b = Button("ok")
    fut = loop.create_future()
    fut.add_done_callback(b.clicked)
    fut.add_done_callback(functools.partial(report, "first", loud=True))
    fut.add_done_callback(functools.partial(report, "second"))
    print(clean(repr(fut)))
    h = loop.call_soon(functools.partial(print, "partial", sep="-"), "call")
    print(clean(repr(h)))
    h2 = loop.call_later(1, b.clicked, fut)
    print(clean(repr(h2)).split(" ", 1)[1])
    h2.cancel()
    print(clean(repr(h2)).split(" ", 1)[1])
    fut.set_result(42)
    print(clean(repr(fut)))
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.1))
    t.add_done_callback(functools.partial(report, "task"))
    print(clean(repr(t)).split(" coro=")[0], clean(repr(t)).split("> ")[-1])
    await t
    await asyncio.sleep(0)

asyncio.run(main())
