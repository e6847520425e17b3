import asyncio

async def server_ready(ev, delay):
    await asyncio.sleep(delay)
    ev.set()
    print("server ready at", asyncio.get_running_loop().time())

async def client(ev, name, patience):
    try:
        await asyncio.wait_for(ev.wait(), patience)
        print(name, "connected")
        return True
    except TimeoutError:
        print(name, "gave up after", patience)
        return False

async def main():
    ev = asyncio.Event()
    srv = asyncio.create_task(server_ready(ev, 0.5))
    res = await asyncio.gather(client(ev, "impatient", 0.2), client(ev, "patient", 1.0), client(ev, "exact", 0.5))
    print(res)
    await srv
    print(await ev.wait(), ev.is_set())
    print(repr(ev).split(" at ")[0], repr(ev).split(" ")[-1])
    ev.clear()
    print(repr(ev).split(" ")[-1])
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, ev.set)
    async with asyncio.timeout(1):
        await ev.wait()
    print("set by call_later at", round(loop.time(), 2))

asyncio.run(main())
