# An async generator still suspended when main() returns, kept alive by a global,
# is closed by asyncio.run's shutdown_asyncgens (a task of its own).
import asyncio

async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('ticker: finally, current task', asyncio.current_task().get_name())
        await asyncio.sleep(1)
        print('ticker: closed at', asyncio.get_running_loop().time())

keep = None

async def main():
    global keep
    keep = ticker()
    print(await keep.__anext__())
    print(await keep.__anext__())
    print('main returns')

asyncio.run(main())
print('after run', keep.ag_running if hasattr(keep, 'ag_running') else '')
