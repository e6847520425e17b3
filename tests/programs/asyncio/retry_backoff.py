import asyncio
import random

class TransientError(Exception):
    pass

attempts = {"n": 0}

async def flaky():
    attempts["n"] += 1
    if attempts["n"] < 4:
        raise TransientError(f"attempt {attempts['n']} failed")
    return "payload"

async def retry(coro_fn, retries=5, base=0.1):
    loop = asyncio.get_running_loop()
    for i in range(retries):
        try:
            return await coro_fn()
        except TransientError as e:
            delay = base * 2 ** i + random.uniform(0, 0.01)
            print(f"[{loop.time():.3f}] {e}; retrying in {delay:.3f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")

async def main():
    print(await retry(flaky))
    attempts["n"] = -10
    try:
        await retry(flaky, retries=2)
    except RuntimeError as e:
        print("final:", e, "| context:", e.__context__)

asyncio.run(main())
