import asyncio
import gc

async def fails():
    raise ValueError("nobody looks at me")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    gc.collect()
    print("end of main")

asyncio.run(main())
print("after run")
