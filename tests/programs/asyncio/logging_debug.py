import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=__import__("sys").stdout)
log = logging.getLogger("app"); log.setLevel(logging.DEBUG)

async def worker(i):
    log.debug("worker %d starting", i)
    await asyncio.sleep(i * 0.1)
    if i == 2:
        log.warning("worker %s slow", i)
    log.info("worker %d done", i)
    return i

async def main():
    res = await asyncio.gather(*(worker(i) for i in range(3)))
    log.info("results=%s", res)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("math failed")
    logging.getLogger("app.sub").error("child logger %r", {"a": 1})

asyncio.run(main())
