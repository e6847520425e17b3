        lasop.call_soon(ticker, loop, n + 1, limit)

def start_ticker(limit=8):
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

async def child():
    print("child runs")
    return "shielded"
