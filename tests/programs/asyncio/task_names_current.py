import asyncio

async def child(n):
    t = asyncio.current_task()
    print("in", t.get_name(), t.get_coro().__name__)
    await asyncio.sleep(n)
    return n

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    me.set_name("the-main")
    print(me.get_name())
    tasks = [asyncio.create_task(child(i / 10), name=f"child-{i}") for i in range(3)]
    print(len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print(len(asyncio.all_tasks()), asyncio.current_task() is me)
    t = asyncio.create_task(child(0))
    print(t.get_name().startswith("Task-"))
    await t
    print(repr(t)[:40])
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
