[x for x in (y := [1])]
x = 1 = 2
