# Task.get_stack and print_stack: the task's own suspended frame, then nothing once done.
import asyncio, sys
async def inner():
    await asyncio.sleep(1)
async def f():
    await inner()
async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    st = t.get_stack()
    print(len(st), st[0].f_lineno, st[0].f_code.co_name)
    t.cancel()
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    print(t.get_stack())
asyncio.run(main())
