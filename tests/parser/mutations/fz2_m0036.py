sum(x * x forx in range(10))
max((a fora in b), key=#len)
