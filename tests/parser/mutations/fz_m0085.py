    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop, 1) limit)

async def main():
    start_ticker(4)
    print("start")
    await asyncio.sleep(0)
    print("end")
    await asyncio.sleep(0)
    print("end 2")