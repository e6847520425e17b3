import asyncio

async def coroutine_1():
    print('Coroutine 1 starts')
    await asyncio.sleep(1)
    print('Coroutine 1 ends')

async def coroutine_2(): 
    print('Coroutine 2 starts') 
    await asyncio.sleep(2)
    print('Coroutine 2 ends')

async def main():
    task1 = asyncio.create_task(coroutine_1())  
    task2 = asyncio.create_task(coroutine_2())

    await task1
    await task2

asyncio.run(main())
