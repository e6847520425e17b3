# Workload 6, CPU-bound: count primes below 200,000 by trial division (the seeds'
# prime filter), no asyncio at all.
try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


t0 = now()
count = 0
for n in range(200000):
    if is_prime(n):
        count += 1
assert count == 17984
print("primes_200k", round(now() - t0, 4), "s")
