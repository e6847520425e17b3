import asyncio, logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
log = logging.getLogger("jobs")
async def job(n):
    log.info("job %s start", n)
    await asyncio.sleep(n * 0.1)
    if n == 2:
        raise ValueError(f"job {n} exploded")
    return n
async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    for t in tasks:
        try:
            r = await t
            log.info("result %d", r)
        except ValueError:
            log.exception("a job failed")
    try:
        {}["x"]
    except KeyError as e:
        log.error("lookup failed: %r", e, exc_info=True)
        log.warning("no traceback: %s", e, exc_info=False)
    log.info("dict arg: %(a)s and %(b)s", {"a": 1, "b": 2})
    log.info("no args but %% sign")
    log.info("tuple arg %s", (1, 2))
    log.info(["not", "a", "string"])
    log.info("bad format %d", "x")
    print("after bad format")
asyncio.run(main())
