name = 'Bob
print(name)
