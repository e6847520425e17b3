def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")
gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(list(gen))
print(list(gen))
def squares(limit):
    for i in range(limit):
        yield i * i
print(sum(squares(5)), max(squares(4)), list(zip(squares(3), "abc")))
