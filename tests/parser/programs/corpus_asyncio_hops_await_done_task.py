# Hop-count row of asyncio-semantics.md: `await` an already-done task -> 0 hop(s).
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

async def child():
    return "value"

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0.1)
    start_ticker(3)
    print("start", task.done())
    print("end", await task)
    await asyncio.sleep(0.1)

asyncio.run(main())
