# An async generator whose finally block raises while asyncio.run's shutdown closes
# it: the loop's exception handler gets CPython's message and context.
import asyncio

async def fragile():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise KeyError('broken cleanup')

keep = []

def handler(loop, context):
    msg = context['message']
    print('handler:', msg.split(' at 0x')[0])
    print('keys:', sorted(context))
    print('exception:', repr(context['exception']))
    print('asyncgen is kept:', context['asyncgen'] is keep[0])

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = fragile()
    keep.append(g)
    print(await g.__anext__())

asyncio.run(main())
print('end')
