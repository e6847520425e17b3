ratios = list(map(lambda pair: pair[0] / pair[1], [(1, 2), (3, 0)]))
