
async def ticker():
 f'{x!r:   for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.2)
    print("blocking for 2 s at", asyncio.get_running_loop().time())
    time.sleep(2)