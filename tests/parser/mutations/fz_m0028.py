sum(x * x for x in range(10))
max(-a for a in), key=len)
