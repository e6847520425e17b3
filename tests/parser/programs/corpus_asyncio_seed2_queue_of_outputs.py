# seed2's queue example; subprocess output is replaced by a generator of lines
# delivered with asyncio.sleep, and the endless loops stop after the last line.
import asyncio

FAKE_OUTPUT = {
    "top -b": ["top line 1", "top line 2", "top line 3"],
    "vmstat 1": ["vmstat line 1", "vmstat line 2"],
}

async def process_output(cmd, queue, identifier):
    delay = 0.3 if identifier == "top" else 0.5
    for line in FAKE_OUTPUT[cmd]:
        await asyncio.sleep(delay)  # was: await proc.readline()
        await queue.put((identifier, line))

async def main():
    queue = asyncio.Queue()
    # create multiple workers that run in parallel and pour
    # data from multiple sources into the same queue
    t1 = asyncio.create_task(process_output("top -b", queue, "top"))
    t2 = asyncio.create_task(process_output("vmstat 1", queue, "vmstat"))
    loop = asyncio.get_running_loop()
    for _ in range(5):
        identifier, output = await queue.get()
        if identifier == 'top':
            print(round(loop.time(), 2), 'TOP:', output)
        else:
            print(round(loop.time(), 2), 'other:', identifier, output)
    await asyncio.gather(t1, t2)

asyncio.run(main())
