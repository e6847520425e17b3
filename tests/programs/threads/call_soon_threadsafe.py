import asyncio
import threading
import time


def worker(loop, fut):
    time.sleep(0.5)
    print("worker: setting the result")
    loop.call_soon_threadsafe(fut.set_result, "from the thread")
    time.sleep(0.5)
    loop.call_soon_threadsafe(print, "worker: a callback on the loop at", time.monotonic())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    print("waiting")
    print("got", await fut, "at", loop.time())
    await asyncio.sleep(1)
    t.join()


asyncio.run(main())
