import asyncio
ATTEMPT_DELAYS = {"a": [2.0, 0.2], "b": [0.1], "c": [3, 3, 3]}
async def fetch(url, attempt):
    d = ATTEMPT_DELAYS[url][min(attempt, len(ATTEMPT_DELAYS[url]) - 1)]
    await asyncio.sleep(d)
    return f"<{url}>"
async def fetch_with_retry(url, retries=3, timeout=1.0):
    for attempt in range(retries):
        try:
            async with asyncio.timeout(timeout):
                return await fetch(url, attempt)
        except TimeoutError:
            print(f"{url}: attempt {attempt + 1} timed out at {asyncio.get_running_loop().time():.1f}")
    raise TimeoutError(f"{url} failed after {retries} attempts")
async def main():
    results = await asyncio.gather(*(fetch_with_retry(u) for u in "abc"), return_exceptions=True)
    print(results)
asyncio.run(main())
