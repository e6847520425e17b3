try:
    [1, 2][10]
except IndexError:
    print("handling the IndexError")
    raise KeyError("while handling")
