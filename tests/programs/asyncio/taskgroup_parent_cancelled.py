# The children are cancelled in the order of a set of tasks (memory addresses),
# so their messages are collected and printed sorted.
import asyncio

log = []

async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            tg.create_task(child("y"))
    except asyncio.CancelledError:
        print("parent sees CancelledError;", sorted(log))
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
