    counter += 1
for _ in range(3):
    bump()
pt(counter)
class Empty:
    pass
e = Empty()
e.a = 1
del e.a
print(hasattr(e, "a"))