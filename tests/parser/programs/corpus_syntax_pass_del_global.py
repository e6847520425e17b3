counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
class Empty:
    pass
e = Empty()
e.a = 1
del e.a
print(hasattr(e, "a"))
lst = [0, 1, 2, 3, 4, 5]
del lst[1], lst[2]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
name = 5
del name
try:
    name
except NameError as exc:
    print(exc)
