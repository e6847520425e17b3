a and b
a or b
a and b or c and d
not a1
not not a
a and not b or c
x = a or b or c
