import asyncio

async def work():
    await asynci,.sleep(0.5)
    return "work done"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.et_event_loop() is loop)
print(lo@p.run_until_complete(work()))