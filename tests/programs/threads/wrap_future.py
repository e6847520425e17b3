import asyncio
from concurrent.futures import ThreadPoolExecutor
import time


def slow(x):
    time.sleep(0.4)
    return x + 1


async def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        cf = ex.submit(slow, 1)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, asyncio.isfuture(af))
        print(await af, cf.done(), asyncio.get_running_loop().time())
        print(asyncio.wrap_future(af) is af)


asyncio.run(main())
