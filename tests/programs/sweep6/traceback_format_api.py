import asyncio, traceback, sys

async def level3(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]

async def level2(x):
    return await level3(x)

async def level1():
    try:
        await level2("b")
    except KeyError as e:
        raise LookupError("wrapped") from e

async def main():
    try:
        await level1()
    except LookupError as e:
        lines = traceback.format_exception(e)
        print("".join(lines))
        print(traceback.format_exception_only(type(e), e))
        print(traceback.format_exc().splitlines()[-1])
        tb = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.lineno, f.line) for f in tb])
        print([(f.name, f.lineno) for f in traceback.extract_tb(e.__cause__.__traceback__)])
        traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=sys.stdout, chain=False)
    try:
        raise ValueError("ctx1")
    except ValueError:
        try:
            raise TypeError("ctx2")
        except TypeError:
            traceback.print_exc(file=sys.stdout)
    def f():
        raise SyntaxError("bad syntax here", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
    try:
        f()
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
    print(repr(traceback.TracebackException.from_exception(ZeroDivisionError("z"))).startswith("<traceback.TracebackException"))

asyncio.run(main())
