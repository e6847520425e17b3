import asyncio


def is_prime(num):
    if num < 2:
        return False
    factor = 2
    while factor * factor <= num:
        if num % factor == 0:
            return False
        factor += 1
    return True


async def prime_filter(start, end):
    primes = []
    for n in range(start, end + 1):
        if is_prime(n):
            primes.append(n)
        # sleep(0) yields to the event loop: the other coroutine gets a turn.
        if n % 10 == 0:
            await asyncio.sleep(0)
    return tuple(primes)


async def square_mapper(start, end):
    squares = []
    for n in range(start, end + 1):
        squares.append(n * n)
        if n % 2 == 0:
            await asyncio.sleep(0)
    return squares


async def main():
    primes, squares = await asyncio.gather(
        prime_filter(2, 50),
        square_mapper(1, 10),
    )
    print(f"Primes (2-50):  {primes}")
    print(f"Squares (1-10): {squares}")


asyncio.run(main())
