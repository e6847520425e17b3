def f(a, b=1, *args, c, **kw):
    pass
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__)
print(f.__name__, f.__module__, type(f).__name__)
print(sorted(n for n in dir([]) if not n.startswith("_"))[:6])
print("append" in dir(list), hasattr(str, "join"))
