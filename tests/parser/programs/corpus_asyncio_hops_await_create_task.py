# Hop-count row of asyncio-semantics.md: `await create_task(c)` where c finishes in its first step -> 2 (+1 per sleep(0) inside c) hop(s).
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

async def quick():
    print("quick runs")
    return 1

async def with_sleeps(n):
    for i in range(n):
        print("sleep(0)", i)
        await asyncio.sleep(0)
    return n

async def main():
    start_ticker(4)
    print("start")
    print("end", await asyncio.create_task(quick()))
    await asyncio.sleep(0.1)
    start_ticker(6)
    print("start")
    print("end", await asyncio.create_task(with_sleeps(2)))
    await asyncio.sleep(0.1)

asyncio.run(main())
