# A failed task whose exception nobody retrieves: CPython logs "Task exception was
# never retrieved" when the task is collected. stderr is redirected to stdout
# first, so the message is part of the checked output.
import asyncio
import gc
import sys

sys.stderr = sys.stdout

async def fails():
    raise RuntimeError("nobody looks at me")

async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    gc.collect()
    print("main done")

asyncio.run(main())
gc.collect()
print("end")
