print(True == 1, False == 0, True + 1, True * 10, isinstance(True, int))
print(sum([True, True, False]), int(True), str(True), repr(False))
print(bool(0), bool(2), bool(-1), True & False, True | Falserue ^ True)
print(hash(True) == hash(1), {1: "one", True: "true"})
