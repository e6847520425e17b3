print(*a)
x = *=a,b
[*a] = b
for x in *a, b: pdefass
return_ = {*a}
f(*a, **b)
