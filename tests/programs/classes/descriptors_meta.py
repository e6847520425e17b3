class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"binding {name} on {owner.__name__}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Product:
    name = Typed(str)
    price = Typed(float)
    def __init__(self, name, price):
        self.name = name
        self.price = price

p = Product("pen", 1.5)
print(p.name, p.price, isinstance(Product.name, Typed))
try:
    p.price = "free"
except TypeError as e:
    print("TypeError:", e)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)

class Plugin(metaclass=Registry):
    pass
class Audio(Plugin):
    def __init__(self, x=0):
        self.x = x
a = Audio(3)
print(Registry.classes, a.x, type(Audio).__name__, isinstance(Audio, Registry))

class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
print(Lazy().get_thing())
class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"
class X(metaclass=Meta2): pass
print(X, [X], type(X))
