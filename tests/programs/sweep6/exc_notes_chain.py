import asyncio, traceback, sys

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        raise

async def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            raise RuntimeError("load failed") from e
    return out

async def main():
    try:
        await load(["1", "2", "x3"])
    except RuntimeError as e:
        print("caught:", e, "| cause:", repr(e.__cause__), "| notes:", e.__cause__.__notes__)
        traceback.print_exc(file=sys.stdout)
    eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [KeyError("c")])])
    eg.add_note("group note")
    traceback.print_exception(eg, file=sys.stdout)
    print(eg.split(KeyError))
    match, rest = eg.split(lambda e: isinstance(e, (ValueError, KeyError)))
    print(match, rest)
    print(repr(eg.subgroup(TypeError)))
    await load(["5", "oops"])

asyncio.run(main())
