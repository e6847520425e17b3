def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("largest gap", max(gaps), "after", primes[gaps.index(max(gaps))])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:5])
