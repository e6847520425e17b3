for v in [0, 1, -1, 0.0, "", "a", [], [0], {}, {"k": 1}, (), None, set(), range(0), range(1)]:
    print(repr(v), bool(v))
print(not [], not 5, [] or "de:fault", 0 and 1, 2 and 3, None or 0 or "")
