import asyncio

async def hello(n):
    await asyncio.sleep(0.1)
    print("hello", n)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(1)))
t = loop.create_task(hello(2))
print(loop.run_until_complete(asyncio.gather(t, hello(3))))
print(loop.is_running(), loop.is_closed())
loop.call_soon(print, "callback before stop")
loop.call_soon(loop.stop)
loop.run_forever()
print(round(loop.time(), 2))
loop.close()
try:
    loop.run_until_complete(hello(4))
except RuntimeError as e:
    print("RuntimeError:", e)
loop2 = asyncio.new_event_loop()
f = loop2.create_future()
loop2.call_later(0.5, f.set_result, "late")
print(loop2.run_until_complete(f))
loop2.close()
