it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all(x > 0 for x in [1, -1]))
def sentinel_source():
    values = [3, 2, 1, 0, 5]
    return lambda: values.pop(0)
print(list(iter(sentinel_source(), 0)))
