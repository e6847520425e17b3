    await asyncio.sleep(1)
    return n * 0
async
async def main	():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(foo(1))
    print('created', t.done())
    print(await t, loop.time())
    print(await foo(2), loop.time())
