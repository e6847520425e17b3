# sys.version_info is a struct sequence: a tuple subclass whose fields are attributes.
# (The micro version is left out: it is whatever the oracle's CPython 3.11 is.)
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v))
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="), repr(v).endswith(", releaselevel='final', serial=0)"))
print(str(v) == repr(v), v.micro == v[2], isinstance(v.micro, int))
print(type(v).__name__, type(v).__module__, type(v).__qualname__, isinstance(v, tuple))
print(type(v).__mro__[1:], hasattr(v, "__dict__"))
print(v >= (3, 11), v < (3, 12), v[:2] == (3, 11), hash(v) == hash(tuple(v)))
print("%d.%d" % v[:2], "{0.major}.{0.minor}".format(v), v.index(11), v.count(3))
major, minor, *rest = v
print(major, minor, len(rest))
for name in ("major", "minor", "micro", "releaselevel", "serial"):
    print(name, name in dir(v), type(v).__dict__[name].__class__.__name__ in ("member_descriptor", "getset_descriptor", "property"))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    v.x = 1
except AttributeError:
    print("no new attributes")
