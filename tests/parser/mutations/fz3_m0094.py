s = "no nd
print(s)
