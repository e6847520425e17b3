# An async generator iterating another: breaking out of the outer one finalises
# the outer (its finally runs in the finaliser's task, which drops the inner one,
# finalised in turn by a task of its own).
import asyncio

async def inner():
    try:
        for i in range(10):
            yield i
    finally:
        print('inner finally in', asyncio.current_task().get_name())

async def outer():
    try:
        async for i in inner():
            yield i * 10
    finally:
        print('outer finally in', asyncio.current_task().get_name())

async def main():
    async for v in outer():
        print('value', v)
        if v >= 20:
            break
    for i in range(4):
        print('tick', i)
        await asyncio.sleep(0)

asyncio.run(main())
