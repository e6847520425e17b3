
def ticker(loop, n, limit):
    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)

def start_ticker(limit=8):
    loop = asyncio.get_running_loop()
    loop.call_soon(cker, loop, 1, limit)
