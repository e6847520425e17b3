# Inline caches of attribute loads on modules: rebinding, deleting and adding a module
# attribute, a module-level __getattr__ (assigning a module's __class__ is not
# supported by Taskscope yet).
import sys
import types

mod = types.ModuleType("cachemod")
mod.value = 1
mod.func = lambda: "func v1"


def read():
    return mod.value


def call():
    return mod.func()


for i in range(3):
    mod.value = i
    print("value", read(), "call", call())

mod.func = lambda: "func v2"
print("call", call())
del mod.value
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
mod.value = "back"
print("value", read())

# A module __getattr__ for names not in the dict, then the name appears for real.
mod.__getattr__ = lambda name: "from __getattr__: " + name
del mod.value
print("value", read())
mod.value = "real again"
print("value", read())
del mod.__getattr__
del mod.value
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)

# Many attributes added (the module dict resizes) while a loop reads one.
mod.value = 0
for k in range(30):
    setattr(mod, "attr_%d" % k, k)
    if k % 10 == 0:
        mod.value = k
        print("value", read())

# Names the module type itself defines are not served from the dict.
mod.value = "v"
print("__class__", mod.__class__.__name__, "__dict__ has value", "value" in mod.__dict__)


# A real imported module: rebinding one of its functions is seen by callers.
import math


def floor_of(x):
    return math.floor(x)


print("floor", floor_of(2.5), floor_of(3.7))
saved = math.floor
math.floor = lambda x: "patched floor"
print("floor", floor_of(2.5))
math.floor = saved
print("floor", floor_of(2.5))

# sys.modules entries replaced: the name bound by import stays the old module.
old = sys.modules["cachemod"] = mod
print("same", sys.modules["cachemod"] is mod)
