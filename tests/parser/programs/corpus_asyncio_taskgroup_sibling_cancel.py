# One child fails: its siblings are cancelled. Each sibling prints its own
# cancellation (the order CPython cancels them in is a set order, so only the
# set of messages is checked, sorted).
import asyncio

log = []

async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def failing():
    await asyncio.sleep(1)
    raise RuntimeError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("fast", 0.5))
            tg.create_task(sibling("slow1", 5))
            tg.create_task(sibling("slow2", 5))
            tg.create_task(failing())
    except* RuntimeError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    for line in sorted(log):
        print(line)

asyncio.run(main())
