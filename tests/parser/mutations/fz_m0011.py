def start_ticker(limit=8):
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1, limit)

asyc def child():
    return "value"

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0.1)