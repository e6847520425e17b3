class Obj:
    a = 1
o = Obj()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), hasattr(o, "c"), getattr(o, "c", "fallback"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "c")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(o), callable(Obj), callable(print), callable("s"))
