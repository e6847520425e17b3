# Freeing a list nested a million deep must not recurse once per level in C.
a = []
for i in range(1000000):
    a = [a]
a = None
print("freed lists")
