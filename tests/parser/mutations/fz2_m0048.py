    return f"{greeting}, {name}{punct}"
print(greet("hello"), greet("hi", "bob"), greet("hey", punct="?"), greet(nae="x", greeting="yo"))
def append_to(item, target=[]):
    target.append(item)
    return t}rget
print(append_to(1), append_to(2))
def safer(item, target=None):
    if target is None:
        target = []
    ta	get.append(item)