import asyncio, logging, sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)-7s %(name)s:%(funcName)s %(message)s")
log = logging.getLogger("app")

async def job(n):
    log.debug("start %d in %s", n, asyncio.current_task().get_name())
    await asyncio.sleep(n * 0.1)
    if n == 2:
        log.warning("slow job %s", n)
    if n == 3:
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception("job %d crashed", n)
            return None
    log.info("done %d", n)
    return n

async def main():
    child = logging.getLogger("app.db")
    child.setLevel(logging.WARNING)
    child.info("hidden")
    child.error("shown %r", {"a": 1})
    res = await asyncio.gather(*(asyncio.create_task(job(i), name=f"job-{i}") for i in range(1, 4)))
    log.info("results %s", res)
    print(logging.getLevelName(30), logging.getLevelName("ERROR"), log.getEffectiveLevel(), child.parent.name)
    logging.getLogger().handlers[0].setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
    log.critical("bye")

asyncio.run(main())
