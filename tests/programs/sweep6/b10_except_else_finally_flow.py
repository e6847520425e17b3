import asyncio
async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    if n == 3:
        return "early"
    return n
async def run(n):
    log = []
    try:
        log.append("try")
        r = await step(n)
        if r == "early":
            return log + ["return in try"]
    except KeyError as e:
        log.append(f"except {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
def loop_flow():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("no break")
    return out
async def main():
    for n in range(4):
        print(n, await run(n))
    print(finally_override(), loop_flow())
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup runs")
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
