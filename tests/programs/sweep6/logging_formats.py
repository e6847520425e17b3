import asyncio, logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s | %(levelname)s | %(name)s | %(funcName)s:%(lineno)d | %(message)s", datefmt="%H:%M:%S")
logger = logging.getLogger("app.worker")

async def task(n):
    logger.info("task %d starting", n)
    await asyncio.sleep(n)
    if n == 2:
        logger.warning("task %d is slow: %.1fs", n, float(n))
    return n

async def main():
    await asyncio.gather(task(1), task(2))
    child = logging.getLogger("app.worker.child")
    child.setLevel(logging.DEBUG)
    child.debug("child debug visible? %s", child.isEnabledFor(logging.DEBUG))
    print(child.getEffectiveLevel(), logger.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"), child.parent.name)
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("[{levelname:^8}] {name}: {message}", style="{"))
    other = logging.getLogger("other")
    other.addHandler(h)
    other.propagate = False
    other.error("braces %s", "style")
    other.setLevel(logging.CRITICAL)
    other.error("hidden")
    other.critical("crit")
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception("math failed")
    logger.log(25, "custom level %s", 25)
    logging.addLevelName(25, "NOTICE")
    logger.log(25, "named level")
    h2 = logging.StreamHandler(sys.stdout)
    h2.setFormatter(logging.Formatter("$levelname - $message", style="$"))
    h2.addFilter(lambda r: "secret" not in r.getMessage())
    l3 = logging.getLogger("filtered")
    l3.addHandler(h2)
    l3.propagate = False
    l3.warning("public")
    l3.warning("secret stuff")
    logging.info("root info %r", {"k": 1})
    logging.getLogger().handlers[0].setFormatter(logging.Formatter("%(levelno)s %(message)s %(module)s %(filename)s"))
    logging.warning("%d%%", 50)
    adapter = logging.LoggerAdapter(logger, {"req": 7})
    adapter.info("via adapter")
    logging.disable(logging.WARNING)
    logging.warning("disabled")
    logging.disable(logging.NOTSET)
    logging.error("enabled again")

asyncio.run(main())
