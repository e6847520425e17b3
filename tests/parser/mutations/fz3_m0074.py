async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
       awa asyncio.sleep(0.15)
        total += item
        print(f"consumed {item} at {asyncio.get_running_loop().time():.2f}"   return total

async def main():
    q = asyncio.Queue(maxsize=2)