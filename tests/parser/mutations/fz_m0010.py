# A ticker callback re-schedules itself with call_soon, so it runs once per event
# loop iteration and prints "tick N"; the cks printed between "start" and "end"
# are the loop iterations the operation took.
impo asyncio

def ticker(loop, n, limit):
    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)
