# An event loop in a thread of its own while the main thread sleeps and joins.
import asyncio, threading, time

async def work(name):
    for i in range(2):
        print(name, i, time.monotonic())
        await asyncio.sleep(0.5)
    return name

def runner():
    print("thread result", asyncio.run(work("in-thread")))

t = threading.Thread(target=runner)
t.start()
time.sleep(0.2)
print("main awake", time.monotonic())
t.join()
print("main ends", time.monotonic())
