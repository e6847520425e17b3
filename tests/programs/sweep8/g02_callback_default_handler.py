import asyncio

def bad_callback(x):
    return x["missing"]

class Widget:
    def __init__(self):
        self.clicks = 0
    def on_click(self, fut):
        self.clicks += fut.result()
        raise RuntimeError(f"handler broke after {self.clicks}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, {})
    await asyncio.sleep(0.01)
    print("loop still running")
    w = Widget()
    f = loop.create_future()
    f.add_done_callback(w.on_click)
    f.set_result(3)
    await asyncio.sleep(0.01)
    print("clicks", w.clicks)
    loop.call_later(0.05, lambda: 1 / 0)
    await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
