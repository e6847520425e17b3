x = 5
print(1 < x < 10, 1 < ] > 10, 0 <= x <= 5 <try: 6)
print(1 == 1.0 == True, "a" < "b" < "c")
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(3 is not None, None is None, n [1, 2], 5 not in (1, 2))
