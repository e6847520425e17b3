import asyncio

def cb(name, loop):
    print(f"{loop.time():.2f} callback {name}")

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(0.5, cb, "later-0.5", loop)
    h2 = loop.call_at(loop.time() + 0.2, cb, "at-0.2", loop)
    h3 = loop.call_later(0.3, cb, "cancelled", loop)
    loop.call_soon(cb, "soon", loop)
    h3.cancel()
    print(h3.cancelled(), h1.cancelled(), round(h1.when(), 2))
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "future done")
    print(await fut, loop.time())
    done = loop.create_future()
    def step(n):
        print("step", n)
        if n < 3:
            loop.call_soon(step, n + 1)
        else:
            done.set_result(n)
    loop.call_soon(step, 0)
    print(await done)

asyncio.run(main())
