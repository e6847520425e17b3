    print("tick", n)
    if n < limit:
        loop.call_soon(ticker, loop, n + 1, limit)
ef start_ticker(limit=8):
    loop = aswithyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

async def child():
    print("child runs")