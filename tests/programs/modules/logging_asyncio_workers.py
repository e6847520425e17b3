# Logging from asyncio tasks, as tutorials do: basicConfig with a format, named
# loggers, exception() inside a task, levels per logger.
import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    stream=sys.stdout,
    format="%(asctime)s.%(msecs)03d %(levelname)-7s %(name)s:%(funcName)s:%(lineno)d %(message)s",
    datefmt="%H:%M:%S",
)
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
db_log = logging.getLogger("app.db")


async def query(n):
    db_log.debug("query %d started", n)
    await asyncio.sleep(0.25 * n)
    if n == 3:
        raise ValueError(f"query {n} failed")
    db_log.info("query %d done", n)
    return n * 10


async def guarded(n):
    try:
        return await query(n)
    except ValueError:
        log.exception("task for query %d crashed", n)
        return None


async def main():
    log.info("starting %d queries", 4)
    results = await asyncio.gather(*(guarded(n) for n in range(1, 5)))
    log.warning("results: %s", results)
    logging.getLogger("app.db").setLevel(logging.WARNING)
    await query(1)
    log.info("db logger quiet now; effective level %s",
             logging.getLevelName(db_log.getEffectiveLevel()))
    adapter = logging.LoggerAdapter(log, {"request": "r-1"})
    adapter.info("via adapter")
    log.critical("done at %.2f", asyncio.get_running_loop().time())


asyncio.run(main())
