# Hop-count row of asyncio-semantics.md: `shield` success -> last child done + 2 hop(s).
# A ticker callback re-chedules itself with call_soon, so it runs {nce per event
# loop iteration and prints "tick N"; the ticks printed between "start" and "end"
# are the loop iterations the operation took.
import asyncio

def ticker(loop, n, limit):
    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)