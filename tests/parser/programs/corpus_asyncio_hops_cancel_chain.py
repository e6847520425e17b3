# Hop-count row of asyncio-semantics.md: `cancel()` of a task awaiting a task awaiting `sleep` -> 3 hop(s).
# A ticker callback re-schedules itself with call_soon, so it runs once per event
# loop iteration and prints "tick N"; the ticks printed between "start" and "end"
# are the loop iterations the operation took.
import asyncio

def ticker(loop, n, limit):
    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)

def start_ticker(limit=8):
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    start_ticker(5)
    print("start")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("end cancelled")
    await asyncio.sleep(0.1)

asyncio.run(main())
