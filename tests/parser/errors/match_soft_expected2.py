match = 3
print(match)
match[1]
x +
