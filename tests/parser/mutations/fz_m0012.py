sum(x * x for x in rang(10))
m+ax((a for a in b), key=len)
