import asyncio
LINES = ["INFO start", "DEBUG x=1", "ERROR disk full", "INFO step 2", "ERROR net down", "WARN slow", "INFO done"]
async def read_lines():
    for l in LINES:
        await asyncio.sleep(0.01)
        yield l
async def parse(lines):
    async for l in lines:
        level, _, msg = l.partition(" ")
        yield {"level": level, "msg": msg}
async def only(records, *levels):
    async for r in records:
        if r["level"] in levels:
            yield r
async def main():
    errors = [r async for r in only(parse(read_lines()), "ERROR", "WARN")]
    print(errors)
    counts = {}
    async for r in parse(read_lines()):
        counts[r["level"]] = counts.get(r["level"], 0) + 1
    print(dict(sorted(counts.items())))
    gen = (l.split()[0] for l in LINES)
    print(next(gen), list(gen)[-1])
asyncio.run(main())
