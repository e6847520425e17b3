def f(a, b, *, c):
    return a + b + c
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, a=5, c=0),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
