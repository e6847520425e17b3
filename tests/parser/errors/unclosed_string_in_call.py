print('a, b)
