# Freeing dicts nested a million deep.
d = {}
for i in range(1000000):
    d = {"k": d}
d = None
print("freed dicts")
