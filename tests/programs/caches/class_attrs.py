# Attribute and method loads on instances after the class changes: monkeypatching,
# shadowing by instance attributes, descriptors, __getattr__/__getattribute__,
# __class__ assignment, and del.


class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"


class Child(Base):
    def hello(self):
        return "Child.hello"


c = Child()


def probe(o):
    return o.kind, o.greet(), o.hello()


for _ in range(2):
    print(probe(c))

# Monkeypatching a method and a class attribute after they were cached.
Child.hello = lambda self: "patched hello"
Base.kind = "base v2"
print(probe(c))
Base.greet = lambda self: "patched greet"
print(probe(c))

# An instance attribute shadows the class attribute, and then is deleted.
c.kind = "instance kind"
c.greet = lambda: "instance greet"
print(probe(c))
del c.kind
del c.greet
print(probe(c))

# A method defined on the child later overrides the base's.
Child.greet = lambda self: "Child.greet added"
print(probe(c))
del Child.greet
print(probe(c))

# Changing __class__ (assigning __bases__ is not supported by Taskscope yet).
class Other:
    kind = "other"

    def greet(self):
        return "Other.greet"

    def hello(self):
        return "Other.hello"


class Flexible:
    def hello(self):
        return "Flexible.hello"


f = Flexible()
try:
    probe(f)
except AttributeError as e:
    print("AttributeError:", e)
f.__class__ = Other
print(probe(f))
Other.hello = lambda self: "Other.hello patched"
print(probe(f))
f.__class__ = Flexible
print(f.hello())


class Slotted:
    __slots__ = ("kind", "hello")

    def greet(self):
        return "Slotted.greet"


s = Slotted()
try:
    probe(s)
except AttributeError as e:
    print("AttributeError:", e)
s.kind = "slot kind"
s.hello = lambda: "slot hello"
for _ in range(2):
    print(probe(s))
del s.kind
try:
    probe(s)
except AttributeError as e:
    print("AttributeError:", e)


# Descriptors: property, classmethod, staticmethod, and one replaced by a plain value.
class Desc:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def static(a):
        return a + 1


d = Desc()


def read_desc(o):
    return o.x, o.make(), o.static(1), type(o).make()


for _ in range(2):
    print(read_desc(d))
d.x = 5
print(read_desc(d))
d.__dict__["x"] = "instance dict"  # the property is a data descriptor: it still wins
print(read_desc(d))
Desc.x = "plain class value"  # now the instance dict wins
print(read_desc(d))
Desc.make = staticmethod(lambda: "static make")
Desc.static = classmethod(lambda cls, a: cls.__name__ + str(a))
print(read_desc(d))


# __getattr__ and __getattribute__ added after lookups were cached.
class Dyn:
    known = "known"


y = Dyn()


def read_dyn(o):
    try:
        return o.known, o.unknown
    except AttributeError as e:
        return "AttributeError: %s" % e


for _ in range(2):
    print(read_dyn(y))
Dyn.__getattr__ = lambda self, name: "getattr:" + name
print(read_dyn(y))
Dyn.__getattribute__ = lambda self, name: "getattribute:" + name
print(read_dyn(y))
del Dyn.__getattribute__
print(read_dyn(y))
del Dyn.__getattr__
print(read_dyn(y))
del Dyn.known
print(read_dyn(y))


# A data descriptor added to the class later takes precedence over the instance dict.
class Late:
    pass


z = Late()
z.v = "instance"


def read_v(o):
    return o.v


print(read_v(z), read_v(z))


class DataDescr:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        pass


Late.v = DataDescr()
print(read_v(z))
del Late.v
print(read_v(z))

# Class attributes through the class object and through a metaclass.
class Meta(type):
    tag = "meta tag"


class WithMeta(metaclass=Meta):
    pass


def read_tag(cls):
    return cls.tag


print(read_tag(WithMeta))
WithMeta.tag = "class tag"
print(read_tag(WithMeta))
del WithMeta.tag
print(read_tag(WithMeta))
Meta.tag = "meta tag v2"
print(read_tag(WithMeta))
