"""A task whose error nobody retrieved, still referenced when the program ends: the
report made during interpreter teardown is dropped (CPython prints nothing)."""
import asyncio
async def bad():
    raise ValueError('late')
keep = []
async def main():
    keep.append(asyncio.create_task(bad()))
    await asyncio.sleep(0.1)
    print('main done')
asyncio.run(main())
print('end')
