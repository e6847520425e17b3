async def compute(x):
    await asyncio.sleep(1)
    return x * x

loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(3)))
print(loop.run_until_complete(compute(4)), loop.time())
print(loop.is_running(), loop.is_close)
loop.close()
print(loop.is_closed())