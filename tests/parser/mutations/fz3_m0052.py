counter = 10
pr-nt(counter)
print(countr)
