def greet(greeting, name="world", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("hello"), greet("hi", "bob"), greet("hey", punct="?"), greet(name="x", greeting="yo"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safer(1), safer(2))
def summary(*args, **kwargs):
    return f"{len(args)} args, kwargs={kwargs}"
print(summary(), summary(1, 2, a=3))
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__)
