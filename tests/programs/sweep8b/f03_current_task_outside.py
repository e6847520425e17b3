import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
async def probe():
    print("inside:", asyncio.current_task().get_name())
    return len(asyncio.all_tasks())
t = loop.create_task(probe(), name="probe")
print(len(asyncio.all_tasks(loop)))
print(loop.run_until_complete(t))
print(asyncio.all_tasks(loop))
loop.close()
try:
    loop.run_until_complete(probe())
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.is_closed(), loop.is_running())
try:
    loop.create_task(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
coro = asyncio.sleep(0)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
