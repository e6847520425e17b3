import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            print(name, 'yield', i)
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, 'finally start')
        await asyncio.sleep(0)
        print(name, 'finally end')

async def other():
    for i in range(6):
        print('other', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in ticker('A', 5):
        print('got', x)
        if x == 1:
            break
    print('after break')
    await asyncio.sleep(0)
    print('after sleep 1')
    await asyncio.sleep(0)
    print('after sleep 2')
    await t
    print(sorted(asyncio.all_tasks(), key=str) and 'tasks')

asyncio.run(main())
print('done')
