# Tasks left pending when their loop is closed are destroyed at the next
# gc.collect(), with the coroutine closed first.
import asyncio, gc

def handler(loop, ctx):
    print('handler:', ctx['message'])
    print('  task:', ctx['task'])

async def sleeper(n):
    try:
        print('sleeper', n, 'starts')
        await asyncio.sleep(10)
    finally:
        print('sleeper', n, 'finally')

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(sleeper(1))
    asyncio.create_task(sleeper(2))
    await asyncio.sleep(0)
    print('main done')

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('closing loop')
loop.close()
print('closed')
gc.collect()
print('after collect')
