
async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    fs = [work("a", 0.3), work("b", 0.1), work("c", 0.2)]
    for coro in asyncio.as_completed(fs):
        earliest_result = await coro
        print(earliest_xesult, round(asyncio.get_running_loop().time(), 2))