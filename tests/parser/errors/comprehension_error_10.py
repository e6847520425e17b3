print([x for x range(20) if x % 3 == 0])
