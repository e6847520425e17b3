import asyncio, logging, random, sys

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("pipeline")

async def producer(q, n, name):
    for i in range(n):
        item = (name, i, random.randint(1, 100))
        await q.put(item)
        log.info("produced %s", item)
        await asyncio.sleep(random.random() / 10)
    log.info("%s done", name)

async def consumer(q, name, totals):
    while True:
        src, i, val = await q.get()
        await asyncio.sleep(0.05)
        totals[name] = totals.get(name, 0) + val
        log.info("%s consumed %s-%d = %d", name, src, i, val)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    totals = {}
    prods = [asyncio.create_task(producer(q, 4, f"p{i}")) for i in range(2)]
    cons = [asyncio.create_task(consumer(q, f"c{i}", totals)) for i in range(3)]
    await asyncio.gather(*prods)
    await q.join()
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    log.warning("results: %r", [type(r).__name__ for r in res])
    print(sorted(totals.items()))
    logging.getLogger().setLevel(logging.WARNING)
    log.info("hidden")
    log.error("shown %d", 42)

asyncio.run(main())
