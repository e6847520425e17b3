import asyncio, signal, functools
async def worker(name, stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.1)
    print(name, "stopped after", n)
def on_signal(sig, stop, loop):
    print("got", sig.name if hasattr(sig, "name") else sig)
    stop.set()
async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, on_signal, signal.SIGTERM, stop, loop)
    print(signal.getsignal(signal.SIGTERM).__name__)
    tasks = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(2)]
    loop.call_later(0.35, signal.raise_signal, signal.SIGTERM)
    await asyncio.gather(*tasks)
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))
    for bad in ["x", 99, signal.SIGKILL]:
        try:
            loop.add_signal_handler(bad, print)
        except Exception as e:
            print(type(e).__name__, e)
    async def coro(): pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as e:
        print(e)
    order = []
    loop.add_signal_handler(signal.SIGUSR2, order.append, "signal")
    async def pinger():
        for i in range(4):
            order.append(f"ping{i}")
            if i == 1:
                signal.raise_signal(signal.SIGUSR2)
            await asyncio.sleep(0)
    await pinger()
    print(order)
    loop.add_signal_handler(signal.SIGUSR1, print, "never")
asyncio.run(main())
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGUSR2))
