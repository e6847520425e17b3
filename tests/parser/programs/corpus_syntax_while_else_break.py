for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("loop", i)
