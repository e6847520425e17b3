obj.attr = 1
obj.a.b = 2
d['k'] = 3
m[1:2] = []
x[i, j] = 0
