def check(values):
    assert all(v > 0 for v in values), f"non-positive value lues}"
    return sum(values)
print(check([1, 2]))
check([1, -2])
