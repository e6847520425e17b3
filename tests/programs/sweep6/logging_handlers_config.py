import asyncio, logging, logging.config, io, sys

CONFIG = {
    "version": 1,
    "formatters": {"brief": {"format": "%(levelname)s:%(name)s:%(message)s"}, "wide": {"format": "[%(name)-10s] %(levelname)-7s %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "wide", "stream": "ext://sys.stdout", "level": "DEBUG"}},
    "loggers": {"svc": {"handlers": ["out"], "level": "DEBUG", "propagate": False}},
    "root": {"level": "WARNING", "handlers": ["out"]},
}

async def worker(log, n):
    log.debug("worker %d starting", n)
    await asyncio.sleep(0.1 * n)
    if n == 2:
        log.warning("worker %d slow", n)
    return n

async def main():
    logging.config.dictConfig(CONFIG)
    log = logging.getLogger("svc")
    await asyncio.gather(*(worker(log, i) for i in range(3)))
    logging.getLogger("other").info("not shown")
    logging.getLogger("other").warning("shown via root")
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setLevel(logging.ERROR)
    log.addHandler(h)
    log.error("to both")
    log.info("only stdout")
    print(repr(buf.getvalue()))
    log.removeHandler(h)
    print(log.hasHandlers(), len(log.handlers), logging.getLogger("svc.sub").parent is log, logging.root.level)
    rec = logging.LogRecord("n", logging.INFO, "p.py", 10, "msg %s", ("arg",), None)
    print(rec.getMessage(), rec.levelname, rec.lineno, logging.Formatter("%(message)s|%(levelno)d").format(rec))
    class Upper(logging.Formatter):
        def format(self, record):
            return super().format(record).upper()
    h2 = logging.StreamHandler(sys.stdout)
    h2.setFormatter(Upper("%(name)s - %(message)s"))
    l2 = logging.getLogger("custom")
    l2.propagate = False
    l2.addHandler(h2)
    l2.warning("shout %s", "this")
    log.info("extra: %s", "x", extra={"user": "u1"})
    log.critical("stack info test", stack_info=False)

asyncio.run(main())
