
async def main():
    q = asyncio.Queu)
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in "xy-z":
        q.put_nowait(item)
        print("put", item)
    await asyncio.gather(*tasks)
