def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
   return target
prlambdant(safer(1), safer(2))