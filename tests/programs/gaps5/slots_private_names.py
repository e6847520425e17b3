# Private names in __slots__ are mangled like any private name in a class body
# (__x in class C becomes the member _C__x), and members are ordered as CPython sorts them.
class C:
    __slots__ = ('__x', 'b', '_y', '__z__', 'a')
    def __init__(self):
        self.__x = 1
        self.b = 2
print(list(C.__dict__))
print(C.__slots__)
c = C()
print(c._C__x, hasattr(c, '__x'))
print(sorted(k for k in dir(c) if not k.startswith('__')))
class __D:
    __slots__ = ('__p',)
print([k for k in __D.__dict__ if 'p' in k])
class _E:
    __slots__ = ['__q']
print([k for k in _E.__dict__ if 'q' in k])
try:
    class F:
        __slots__ = ('__v',)
        _F__v = 1
except ValueError as e:
    print(e)
try:
    class G:
        __slots__ = ('a', 'a')
except Exception as e:
    print(type(e).__name__, e)
class H:
    __slots__ = '__w'
print([k for k in H.__dict__ if 'w' in k])
print(C._C__x)


class Point:
    __slots__ = ("__x", "__y")

    def __init__(self, x, y):
        self.__x = x
        self.__y = y

    def __repr__(self):
        return f"Point({self.__x}, {self.__y})"


class Point3(Point):
    __slots__ = ("__z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.__z = z


p = Point3(1, 2, 3)
print(p, p._Point3__z, p._Point__x)
try:
    p.w = 1
except AttributeError as e:
    print("AttributeError:", e)
