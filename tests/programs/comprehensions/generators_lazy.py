def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
gen = (x * 2 for x in noisy(3))
print("generator created")
print(next(gen))
print(list(gen))
first_big = next(x for x in noisy(10) if x > 1)
print("first > 1:", first_big)
