# Freeing tuples nested a million deep.
t = ()
for i in range(1000000):
    t = (t,)
del t
print("freed tuples")
