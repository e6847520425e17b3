import asyncio, sys, traceback

def show(lines):
    # Frames inside asyncio itself differ between installations: keep the program's.
    out, skip = [], False
    for line in "".join(lines).splitlines():
        if skip:
            skip = False
            continue
        if 'File "' in line and "g01_eg" not in line:
            skip = True
            continue
        out.append(line)
    print("\n".join(out))

async def fail(kind, msg):
    await asyncio.sleep(0.01)
    raise kind(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, "bad value"))
            tg.create_task(fail(TypeError, "bad type"))
    except ExceptionGroup as eg:
        show(traceback.format_exception(eg))
        print("---")
        show(traceback.format_exception(eg, limit=1))
    eg = ExceptionGroup("nested", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
    traceback.print_exception(eg, file=sys.stdout)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ZeroDivisionError, "final"))

asyncio.run(main())
