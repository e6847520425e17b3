import asyncio

async def parse(s):
    await asyncio.sleep(0)
    return int(s)

async def main():
    tasks = [asyncio.create_task(parse(s), name=f"parse-{s}") for s in ["1", "x", "3"]]
    done, pending = await asyncio.wait(tasks)
    for t in tasks:
        if t.exception():
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "=", t.result())
    bad = tasks[1]
    await bad

asyncio.run(main())
