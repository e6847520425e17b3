# Hop-count row of asyncio-semantics.md: a pending future completed from a call_soon callback -> its waiter resumes -> 2 (1 after set_result) hop(s).
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

def complete(fut):
    print("set_result")
    fut.set_result("done")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    start_ticker(5)
    loop.call_soon(complete, fut)
    print("start")
    print("end", await fut)
    await asyncio.sleep(0.1)

asyncio.run(main())
