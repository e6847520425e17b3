import asyncio, logging, sys
class TaskNameFilter(logging.Filter):
    def filter(self, record):
        try:
            record.task = asyncio.current_task().get_name()
        except RuntimeError:
            record.task = "-"
        return True
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(task)s] %(levelname).1s %(message)s"))
handler.addFilter(TaskNameFilter())
log = logging.getLogger("svc")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False
async def worker(n):
    log.info("start %d", n)
    await asyncio.sleep(0.1 * n)
    log.warning("done %d", n)
async def main():
    await asyncio.gather(*(asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(3)))
    log.info("all done")
asyncio.run(main())
log.info("outside loop")
