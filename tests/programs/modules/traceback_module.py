# traceback.print_exc / format_exc / format_exception inside handlers, as programs use
# them to report a task's failure without stopping.
import asyncio
import sys
import traceback


def parse(s):
    return int(s)


async def worker(s):
    await asyncio.sleep(0.1)
    return parse(s)


async def main():
    try:
        await worker("x1")
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        text = traceback.format_exc()
        print(text.splitlines()[0], "/", text.splitlines()[-1])
    task = asyncio.create_task(worker("y"))
    await asyncio.sleep(0.5)
    exc = task.exception()
    lines = traceback.format_exception(exc)
    print(len(lines) > 2, lines[0], lines[-1], end="")
    print(traceback.format_exception_only(exc))
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("lookup failed") from e
    except RuntimeError as e:
        traceback.print_exception(e, file=sys.stdout)
    print(repr(traceback.format_exc()))


asyncio.run(main())
