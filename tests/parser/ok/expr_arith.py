x = a + b - c * d / e // f % g ** h @ m
y = -a + +b - ~c
z = a ** -b
w = (a + b) * c
v = a ** b ** c
u = -a ** b
