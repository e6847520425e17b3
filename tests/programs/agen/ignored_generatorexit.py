# An async generator that yields again while the finaliser's aclose() closes it:
# aclose() fails with RuntimeError in the finaliser's task.
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        print('stubborn: yielding in finally')
        yield 2

def handler(loop, context):
    print('handler:', context['message'])
    print('exception:', repr(context.get('exception')))

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    async for x in stubborn():
        print('got', x)
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main end')

asyncio.run(main())
print('end')
