import asyncio

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

async def parse(s):
    await asyncio.sleep(0)
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        raise

async def main():
    try:
        await parse("x1")
    except ValueError as e:
        print(e, e.__notes__)
    try:
        raise AppError(404, "not found")
    except AppError as e:
        print(e, repr(e), e.code, e.args)
    try:
        try:
            await parse("oops")
        except ValueError as e:
            raise AppError(400, "bad input") from None
    except AppError as e:
        print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    for exc in (ZeroDivisionError("division by zero"), OSError(2, "No such file"),
                StopIteration(5), SystemExit(3), KeyError("k"), IndexError(), NotImplementedError("todo")):
        print(type(exc).__name__, repr(exc), "|", str(exc))
    e = OSError(2, "No such file", "data.txt")
    print(e.errno, e.strerror, e.filename, type(e).__name__, isinstance(FileNotFoundError(), OSError))
    await parse("last")

asyncio.run(main())
