import asyncio

async def numbers(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("numbers finalized", n)

async def consume(name, agen, limit):
    total = 0
    async for x in agen:
        total += x
        if x >= limit:
            break
    print(name, total)
    await agen.aclose()
    return total

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(consume("a", numbers(5, 0.1), 10))
        b = tg.create_task(consume("b", numbers(10, 0.05), 3))
    print(a.result(), b.result())
    async def merge(*gens):
        q = asyncio.Queue()
        async def pump(g):
            async for x in g:
                await q.put(x)
        async with asyncio.TaskGroup() as tg:
            for g in gens:
                tg.create_task(pump(g))
        out = []
        while not q.empty():
            out.append(q.get_nowait())
        return out
    print(await merge(numbers(3, 0.1), numbers(2, 0.15)))
    async def failing_gen():
        yield 1
        raise ValueError("gen failed")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(consume("f", failing_gen(), 100))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])

asyncio.run(main())
