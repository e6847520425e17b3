registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta(Alpha):
    greeting = "hi"
print(sorted(registry), Beta.__name__, Beta.__qualname__, Beta.__module__)
b = Beta()
print(b.__class__.__name__, b.__class__.__bases__[0].__name__, type(b) is Beta)
print(Beta.__dict__["greeting"], "greeting" in Alpha.__dict__)
