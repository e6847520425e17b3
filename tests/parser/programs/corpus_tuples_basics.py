t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], t + (4,), t * 2)
single = (5,)
print(single, type(single).__name__, type((5)).__name__, ())
a, b, c = t
print(a, b, c)
print(t.count(1), t.index("two"), 3.0 in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (2,) > (1, 9), tuple([1, 2]), tuple("ab"))
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair])
