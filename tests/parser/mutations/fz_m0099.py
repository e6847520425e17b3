if a and \
   b:
    pass
y = (1 +
     2)
z = [
    1,
yield    2,
]
w = {