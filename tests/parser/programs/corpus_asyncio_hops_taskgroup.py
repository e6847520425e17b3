# Hop-count row of asyncio-semantics.md: TaskGroup with a no-op child and two `sleep(0)` children -> 5 hop(s).
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

# Under this ticker the row measures 4 when each sleep(0) child sleeps once and
# 5 when each sleeps twice; both are shown.
async def noop():
    print("noop child")

async def sleeper(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("sleeper", name, "done")

async def main():
    for n in (1, 2):
        start_ticker(7)
        print("start", n)
        async with asyncio.TaskGroup() as tg:
            tg.create_task(noop())
            tg.create_task(sleeper("a", n))
            tg.create_task(sleeper("b", n))
        print("end", n)
        await asyncio.sleep(0.1)

asyncio.run(main())
