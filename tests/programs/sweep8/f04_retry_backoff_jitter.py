import asyncio, random

class TransientError(Exception):
    pass

attempts = {}

async def call_api(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.05)
    if attempts[name] <= fail_times:
        raise TransientError(f"{name} attempt {attempts[name]}")
    return f"{name}: ok after {attempts[name]}"

async def with_retry(coro_fn, *args, retries=3, base=0.1):
    for i in range(retries + 1):
        try:
            return await coro_fn(*args)
        except TransientError as e:
            if i == retries:
                raise
            delay = base * 2 ** i + random.uniform(0, 0.01)
            print(f"  {e}; retry in {delay:.3f}s")
            await asyncio.sleep(delay)

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(with_retry(call_api, "users", 2), with_retry(call_api, "orders", 0),
                                   with_retry(call_api, "billing", 5), return_exceptions=True)
    for r in results:
        print(repr(r))
    print(f"elapsed {loop.time():.3f}", attempts)

asyncio.run(main())
