def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
total = 100
def spend(n):
    global total
    total -= n
spend(30)
print(total)
