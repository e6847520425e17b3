import asyncio

class MyError(Exception):
    pass

class WithInit(Exception):
    def __init__(self, code):
        self.code = code

class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

async def raiser(e):
    await asyncio.sleep(0)
    raise e

async def main():
    cases = [MyError(), MyError("one"), MyError("a", 2), WithInit(7), WithSuper(404, "nf"), KeyError(),
             KeyError("k"), KeyError("a", "b"), IndexError("x"), ValueError(""), OSError(), OSError("plain"),
             OSError(13, "Permission denied"), FileNotFoundError(2, "No such file", "f.txt"), TimeoutError(),
             asyncio.CancelledError(), SystemExit(), SystemExit(2), StopIteration(), Exception(None), Exception([1])]
    res = await asyncio.gather(*(raiser(e) for e in cases), return_exceptions=True)
    for r in res:
        print(f"{type(r).__name__:18} str={str(r)!r:28} repr={r!r} args={r.args}")
    w = WithInit(5)
    print(w.code, w.args, str(w) == "")
    e = MyError("base")
    e.__cause__ = ValueError("cause")
    print(e.__cause__, e.__context__, e.__traceback__, e.with_traceback(None) is e)
    try:
        raise MyError("x") from KeyError("y")
    except MyError as err:
        print(repr(err.__cause__), err.__suppress_context__)

asyncio.run(main())
