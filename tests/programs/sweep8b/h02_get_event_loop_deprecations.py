import asyncio, warnings

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    loop = asyncio.get_event_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), [str(x.message) for x in w], [x.category.__name__ for x in w])
print(asyncio.get_event_loop() is loop)
async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(loop.run_until_complete(inside()))
with warnings.catch_warnings(record=True) as w:
    f = asyncio.ensure_future(asyncio.sleep(0, "ef"))
    print([str(x.message) for x in w])
print(loop.run_until_complete(f))
with warnings.catch_warnings(record=True) as w:
    g = asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))
    print([str(x.message) for x in w])
print(loop.run_until_complete(g))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
new.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
pol = asyncio.get_event_loop_policy()
print(pol.get_event_loop() is new)
asyncio.set_event_loop(None)
