import asyncio
from concurrent.futures import ThreadPoolExecutor
import time


def bad(x):
    time.sleep(0.2)
    raise KeyError(x)


async def main():
    try:
        await asyncio.to_thread(bad, "missing")
    except KeyError as e:
        print("to_thread raised", repr(e), "at", asyncio.get_running_loop().time())
    with ThreadPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(bad, "again")
        print("exception():", repr(fut.exception()))
        print("state:", fut.done(), fut.cancelled())
    results = await asyncio.gather(asyncio.to_thread(bad, 1), asyncio.sleep(0.1, "slept"),
                                   return_exceptions=True)
    print(results)


asyncio.run(main())
