# Hop-count row of asyncio-semantics.md: `wait_for` timing out -> 5 hop(s).
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

# The ticker starts from a timer due at the same instant as wait_for's timeout
# and scheduled before it, so "tick 1" is the iteration in which the timeout
# fires; the table counts from the iteration before it.
async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, ticker, loop, 1, 7)
    print("start")
    try:
        await asyncio.wait_for(inner(), 1)
    except TimeoutError:
        print("end TimeoutError", loop.time())
    await asyncio.sleep(0.1)

asyncio.run(main())
