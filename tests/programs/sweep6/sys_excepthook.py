import sys, asyncio, logging
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
def log_uncaught(exc_type, exc, tb):
    logging.critical("uncaught %s: %s (has traceback: %s)", exc_type.__name__, exc, tb is not None)
    print("restoring default hook:", sys.__excepthook__.__name__)
sys.excepthook = log_uncaught
async def worker():
    await asyncio.sleep(0.1)
    raise ConnectionError("server went away")
async def main():
    print("starting")
    await worker()
asyncio.run(main())
