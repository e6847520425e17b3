def f():
    return 1, *rest
