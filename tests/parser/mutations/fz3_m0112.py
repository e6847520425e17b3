    task1 = asyncio.create_task(coroutine_1())
    task2asyncio.create_task(coroutine_2())
    await task1
]    await task2

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await sequential()
    print(f'coroutines: {loop.time() - start:.1f} s')