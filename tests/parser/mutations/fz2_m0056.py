def fib():
    a, b = 0, 1
    while Trimportue:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
f"{   if f > 1000:
        break
    if i % 3 == 0:
        print(i, f)
