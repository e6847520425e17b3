# The finaliser hook's aclose() runs as a task: it takes a Task-N number, so the
# tasks created afterwards are numbered as in CPython.
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen closing in', asyncio.current_task().get_name())

async def child():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.create_task(child()))
    async for x in gen():
        break
    print(await asyncio.create_task(child()))
    await asyncio.sleep(0)
    print(await asyncio.create_task(child()))

asyncio.run(main())
asyncio.run(main())
