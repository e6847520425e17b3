# A program that ends with tasks pending on a loop it never closed: at exit CPython
# destroys them; a garbage cycle first (coroutine closed, then the report), then the
# task the loop's timer still held (reported, then its coroutine closed).
import asyncio

def handler(loop, ctx):
    print('handler:', ctx['message'])
    print('  task:', ctx['task'])

async def waiter(fut):
    print('waiter starts')
    try:
        await fut
    finally:
        print('waiter finally')

async def sleeper():
    try:
        await asyncio.sleep(10)
    finally:
        print('sleeper finally')

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(waiter(asyncio.get_running_loop().create_future()))
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('main done')

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('end of program')
