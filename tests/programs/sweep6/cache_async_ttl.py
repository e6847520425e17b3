import asyncio, time, functools

def async_ttl_cache(ttl):
    def deco(fn):
        cache = {}
        @functools.wraps(fn)
        async def wrapper(*args):
            now = time.monotonic()
            if args in cache:
                value, ts = cache[args]
                if now - ts < ttl:
                    print(f"  cache hit {args}")
                    return value
            value = await fn(*args)
            cache[args] = (value, time.monotonic())
            return value
        wrapper.cache = cache
        return wrapper
    return deco

@async_ttl_cache(ttl=1.0)
async def get_price(symbol):
    print(f"  fetching {symbol} at t={time.monotonic():.1f}")
    await asyncio.sleep(0.3)
    return {"AAPL": 190.5, "GOOG": 140.25}.get(symbol, 0.0)

async def main():
    for t, sym in [(0, "AAPL"), (0.1, "AAPL"), (0.2, "GOOG"), (1.5, "AAPL"), (0, "GOOG")]:
        await asyncio.sleep(t)
        p = await get_price(sym)
        print(f"{sym}: ${p:,.2f} (t={time.monotonic():.2f})")
    print(sorted(get_price.cache))
    started = time.perf_counter()
    time.sleep(0.25)
    print(f"blocking sleep took {time.perf_counter() - started:.2f}s", time.time() - 1700000000.0 > 0)
    print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year, time.localtime is not None)

asyncio.run(main())
