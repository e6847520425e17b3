# Hop-count row of asyncio-semantics.md: `wait` success -> last child done + 2 hop(s).
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

async def child(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("child", name, "done")
    return name

async def main():
    tasks = [asyncio.create_task(child("a", 0)), asyncio.create_task(child("b", 1))]
    start_ticker(6)
    print("start")
    done, pending = await asyncio.wait(tasks)
    print("end", len(done), len(pending))
    await asyncio.sleep(0.1)

asyncio.run(main())
