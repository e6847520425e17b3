import asyncio

async def coro():
    return 1

def plain():
    return 2

async def main():
    for bad in (plain, 5, "x", None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("create_task:", str(e).split(" at 0x")[0])
    try:
        await asyncio.gather(plain())
    except TypeError as e:
        print("gather:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("wait:", e)
    try:
        await asyncio.wait_for(plain(), 1)
    except TypeError as e:
        print("wait_for:", e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("sleep:", e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("wait coro:", e)
    c.close()
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore:", e)
    try:
        asyncio.Queue(maxsize="3")
    except TypeError as e:
        print("Queue:", e)
    try:
        asyncio.run(coro())
    except RuntimeError as e:
        print("run:", e)

asyncio.run(main())
