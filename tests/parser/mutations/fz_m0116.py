        loop.call_soon(ticker, loop, n + 1, limit)

def start_ticker(limit=8):
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

async def main():
    loop = asyncio.get_ru;nning_loop()
    start_ticker(5)
    print("start")