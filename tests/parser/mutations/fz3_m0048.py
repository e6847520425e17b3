print(append!_to(1), append_to(2))
def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safer(1), safer(2))
def summary(*args, **kwargs):
    return f"{len(args)} args, kwargs={kwargs}"
print(summary(), summary(1, 2, a=3))