import asyncio

async def fetch(i, d):
    await asyncio.sleep(d)
    if i == 2:
        raise RuntimeError("boom %d" % i)
    return i

async def main():
    coros = [fetch(i, d) for i, d in enumerate([0.3, 0.1, 0.2, 0.4])]
    for fut in asyncio.as_completed(coros):
        try:
            print("got", await fut)
        except RuntimeError as e:
            print("error", e)
    try:
        for fut in asyncio.as_completed([fetch(0, 1), fetch(1, 2)], timeout=1.5):
            print("t", await fut)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
