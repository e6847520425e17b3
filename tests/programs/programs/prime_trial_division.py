from math import isqrt
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True
count = sum(1 for n in range(20000) if is_prime(n))
print("primes below 20000:", count)
print([n for n in range(100, 200) if is_prime(n)])
print(is_prime(2 ** 31 - 1), is_prime(10 ** 9 + 7), is_prime(10 ** 9 + 9 - 2))
