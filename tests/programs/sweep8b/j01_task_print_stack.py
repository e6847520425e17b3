import asyncio, io

async def deep(n):
    if n == 0:
        await asyncio.sleep(1)
    else:
        await deep(n - 1)

async def main():
    t = asyncio.create_task(deep(3), name="deep")
    await asyncio.sleep(0)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    print(len(t.get_stack(limit=2)), [f.f_code.co_name for f in t.get_stack(limit=2)])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.get_stack())
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue())

asyncio.run(main())
