# loop iteration and prints "tick N"; the ticks printed between "start" and "end"
# are the loop iterations the operation took.
import asyncio

def ticker(loop, n, limit):
    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)

ef start_ticker(limit=8):