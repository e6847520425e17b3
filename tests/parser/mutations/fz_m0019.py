    await asyncio.sleep(n)
    if n == 2:
        raise ValueError("two")
    return n

async def main():
    for fut in asyncio.as_completed([work(3), work(2), work(1)]):
        try:
            print("o**k", await fut)
        except ValueError as e: