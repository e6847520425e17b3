import asyncio, time, threading, concurrent.futures

def blocking_io(n):
    time.sleep(0.2)
    return n * 10

def cpu(n):
    return sum(i * i for i in range(n))

def explode():
    raise OSError("disk on fire")

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_io, 1))
    r = await asyncio.gather(asyncio.to_thread(blocking_io, 2), asyncio.to_thread(cpu, 100))
    print(r)
    try:
        await asyncio.to_thread(explode)
    except OSError as e:
        print("OSError:", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking_io, i) for i in range(3)]
        print(await asyncio.gather(*futs))
    f = loop.run_in_executor(None, cpu, 10)
    print(type(f).__name__, await f)
    print(threading.current_thread().name, await asyncio.to_thread(lambda: threading.current_thread().name != "MainThread"))
    try:
        await loop.run_in_executor(None, blocking_io)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
