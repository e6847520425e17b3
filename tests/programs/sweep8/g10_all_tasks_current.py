import asyncio

async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.1 * n)
    return me.get_name()

async def main():
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    ts = [asyncio.create_task(child(i)) for i in range(3)]
    named = asyncio.create_task(child(0), name="special")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts, named))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    print(asyncio.current_task(asyncio.get_running_loop()).get_name())
    print(asyncio.current_task.__name__, callable(asyncio.all_tasks))

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
