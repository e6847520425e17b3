import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def shade(self): return 1
print(dir(Color))
print(dir(Color.RED))
class Meta(type):
    def __dir__(cls): return ["b", "a"]
class K(metaclass=Meta): pass
print(dir(K))
class Plain: x = 1
print([n for n in dir(Plain) if not n.startswith('__')])
class M2(type): pass
class P2(metaclass=M2): y = 2
print([n for n in dir(P2) if not n.startswith('__')])
