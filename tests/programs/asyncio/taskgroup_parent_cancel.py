import asyncio

cancelled = []

async def child(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(i)
        raise

async def group():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(2):
                tg.create_task(child(i))
    except asyncio.CancelledError:
        print("group saw CancelledError")
        raise

async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled:", t.cancelled(), sorted(cancelled))
    async with asyncio.TaskGroup() as tg:
        pass
    try:
        tg.create_task(child(9))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def fail_fast():
        raise ValueError("early")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_fast())
            await asyncio.sleep(5)
            print("not reached")
    except* ValueError as eg:
        print("body interrupted", [str(e) for e in eg.exceptions], asyncio.get_running_loop().time())

asyncio.run(main())
