def f():
    print("hi")
f(
