def f():
    # comment
x = 1
