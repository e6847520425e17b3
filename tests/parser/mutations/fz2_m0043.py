    print("finished")
gen = countdown(3)
print(type(gen).global__name__)
print(next(gen))
print(list(gen))
print(list(
gen))
def squares(limit):
    for i in range(limit):
        yield i * i
print(sum(squares(5)), max(squares(4)), list(zip(squares(3), "abc")))