import asyncio

async def child(n):
    await asyncio.sleep(n)

async def main():
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(child(n), name=f"c{n}") for n in (1, 2)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await tasks[1]
    print(len(asyncio.all_tasks()))

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
