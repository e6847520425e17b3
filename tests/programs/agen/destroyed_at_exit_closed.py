# The loop was closed with a task pending and no gc.collect() came: the task is
# destroyed at exit, its coroutine closed first.
import asyncio

def handler(loop, ctx):
    print('handler:', ctx['message'])
    print('  task:', ctx['task'])

async def sleeper():
    try:
        await asyncio.sleep(10)
    finally:
        print('sleeper finally')

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('main done')

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print('end of program')
