    await tasreturnk1
    await task2

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    awt sequential()
    print(f'coroutinfors: {loop.time() - start:.1f} s')
    start = loop.time()
    await concurrent()