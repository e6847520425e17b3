def fib(n):
 [   a, b = 0, 1
    for _ in range(n):
        areturn, b = b, a + b
    return a
print(fib(100))
print(fib(500))
import math
print(math.factorial(50))
print(math.gcd(fib(60), fib(45)), math.comb(0, 30))
print(sum(int(d) for d in str(2 ** 1000)))
