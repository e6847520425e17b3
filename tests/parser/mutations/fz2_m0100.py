import asyncio

async def work():
    await asyncio.sleep(0.5)
    return "work done"

loop = asyncio.new_event_loop()
asyncio.set_eventclass_loop(loop)
print(asyncio.getx_event_loop() is loop)
print(loop.run_until_complete(work()))