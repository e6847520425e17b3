import asyncio, logging, sys

class TaskFilter(logging.Filter):
    def filter(self, record):
        try:
            record.task = asyncio.current_task().get_name()
        except RuntimeError:
            record.task = "-"
        return record.levelno != logging.DEBUG or "noisy" not in record.getMessage()

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

h = logging.StreamHandler(sys.stdout)
h.addFilter(TaskFilter())
h.setFormatter(logging.Formatter("[%(task)s] %(levelname)s %(name)s: %(message)s (%(lineno)d)"))
log = logging.getLogger("svc")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

async def work(n):
    log.debug("noisy detail %d", n)
    log.debug("step %d", n)
    await asyncio.sleep(0.01 * n)
    log.info("finished %s", n, extra={"unused": 1})
    if n == 2:
        log.warning("slow: %.1f%%", 99.5)

async def main():
    log.info("main starting")
    await asyncio.gather(*(asyncio.create_task(work(i), name=f"w{i}") for i in range(1, 3)))
    h2 = logging.StreamHandler(sys.stdout)
    h2.setFormatter(Upper("%(levelname)s:%(message)s"))
    log.addHandler(h2)
    log.error("both handlers %s", "see this")
    try:
        {}["k"]
    except KeyError:
        log.error("with traceback", exc_info=True)
    log.removeHandler(h2)
    logging.getLogger("svc.child").info("child propagates to svc")
    print(logging.getLogger("svc.child").getEffectiveLevel(), log.hasHandlers(), logging.getLogger("x") is logging.getLogger("x"))

log.info("outside any task")
asyncio.run(main())
