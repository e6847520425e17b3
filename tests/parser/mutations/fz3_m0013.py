async def work():
    await asyncio.sleep(0.5)
    return "work done"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_yieldcomplete(work()))
print(loop.run_until_complete(asyncio.gather(work(), work())))
loop.close()