print(*a)
x = *a, *b
[*a] = b
for x in *a, b: pass
return_ = {*a}
f(*a, **b)
