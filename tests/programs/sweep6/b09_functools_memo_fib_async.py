import asyncio, functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
cache = {}
async def afib(n):
    if n in cache:
        return cache[n]
    if n < 2:
        return n
    await asyncio.sleep(0)
    a, b = await asyncio.gather(afib(n - 1), afib(n - 2))
    cache[n] = a + b
    return cache[n]
async def main():
    print([fib(i) for i in range(15)], fib(90), fib.cache_info())
    print(await afib(12), len(cache))
    print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), list(map(functools.partial(pow, 2), range(8))))
asyncio.run(main())
