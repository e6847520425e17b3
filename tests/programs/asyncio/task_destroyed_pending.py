# Closing a loop while a task is still pending: CPython reports "Task was
# destroyed but it is pending!" when the task is collected. stderr is redirected
# to stdout so the message is checked.
import asyncio
import gc
import sys

sys.stderr = sys.stdout

async def forever():
    await asyncio.sleep(3600)

async def starter():
    asyncio.get_running_loop().create_task(forever(), name="stuck")
    await asyncio.sleep(0)

loop = asyncio.new_event_loop()
loop.run_until_complete(starter())
loop.close()
print("loop closed")
gc.collect()
print("end")
