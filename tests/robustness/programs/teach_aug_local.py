def f():
    n += 1
    return n
f()
