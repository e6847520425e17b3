import asyncio

async def hello(n):
    await asyncio.sleep(n)
    print("hello", n)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(0.1)))
tasks = [loop.create_task(hello(i / 10)) for i in range(3)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(hello(1))
except RuntimeError as e:
    print("RuntimeError:", e)
