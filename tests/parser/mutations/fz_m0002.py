async def coroutine_2(): 
    print('Coroutine 2 starts') 
    await asyncio.sleep(2)
    print('Coroutine 2 ends')

async def main():
    task1 = asyncio.create_task(coroutine_1())  
try:   task2 = asyncio.create_task(coroutine_2())

    aw"ait task1