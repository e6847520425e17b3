# A task suspended forever on a future nobody else holds is garbage: gc.collect()
# destroys it and the loop's exception handler hears "Task was destroyed but it is
# pending!" (its coroutine already closed). Tasks someone still references are not.
import asyncio, gc

def handler(loop, ctx):
    print('handler:', ctx['message'])
    print('  task:', ctx['task'])

async def forever(tag):
    print(tag, 'waits')
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print(tag, 'finally')

async def middle(tag):
    fut = asyncio.get_running_loop().create_future()
    await inner(tag, fut)

async def inner(tag, fut):
    print(tag, 'waits in inner')
    await fut

kept = []

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(forever('lost'))
    kept.append(asyncio.create_task(forever('kept')))
    asyncio.create_task(middle('chain'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('collecting')
    gc.collect()
    print('collected')
    gc.collect()
    print('again: nothing more')
    kept[0].cancel()
    await asyncio.sleep(0)

asyncio.run(main())
print('end')
