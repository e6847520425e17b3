# The lesson of seed0: awaiting two coroutines takes 1 + 2 = 3 s, two tasks take 2 s.
import asyncio

async def coroutine_1():
    print('Coroutine 1 starts')
    await asyncio.sleep(1)
    print('Coroutine 1 ends')

async def coroutine_2():
    print('Coroutine 2 starts')
    await asyncio.sleep(2)
    print('Coroutine 2 ends')

async def sequential():
    await coroutine_1()
    await coroutine_2()

async def concurrent():
    task1 = asyncio.create_task(coroutine_1())
    task2 = asyncio.create_task(coroutine_2())
    await task1
    await task2

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await sequential()
    print(f'coroutines: {loop.time() - start:.1f} s')
    start = loop.time()
    await concurrent()
    print(f'tasks: {loop.time() - start:.1f} s')

asyncio.run(main())
