import asyncio, functools, random, logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger(__name__)

def retry(times=3, base=0.1, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*a, **kw)
                except exceptions as e:
                    if attempt == times:
                        log.error("giving up on %s after %d attempts: %r", fn.__name__, attempt, e)
                        raise
                    delay = base * 2 ** (attempt - 1)
                    log.warning("attempt %d failed (%s); retrying in %.2fs", attempt, e, delay)
                    await asyncio.sleep(delay)
        return wrapper
    return deco

calls = {}

@retry(times=4, exceptions=(ConnectionError, TimeoutError))
async def flaky(name, fail_times):
    calls[name] = calls.get(name, 0) + 1
    await asyncio.sleep(0.05)
    if calls[name] <= fail_times:
        raise ConnectionError(f"{name} attempt {calls[name]}")
    return f"{name} ok after {calls[name]}"

async def main():
    print(await flaky("a", 0))
    print(await flaky("b", 2))
    try:
        await flaky("c", 10)
    except ConnectionError as e:
        print("final:", e)
    print(flaky.__name__, flaky.__wrapped__.__name__, calls)

asyncio.run(main())
