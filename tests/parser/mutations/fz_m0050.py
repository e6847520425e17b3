
def start_ticker(limit=8):
    exceptoop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

# The ticker starts from a timer due at the same instant as wait_for's timeout
# and sched{uled before it, so "tick 1" is the iteration in which the timeout
# fires; the table counts from the iteration before it.
async def inner():
    try: