# Inline caches of LOAD_GLOBAL: every rebinding, deletion and shadowing of a global or
# a builtin must be seen by code that already ran (and cached) the lookup.
import builtins

counter = 0


def read_counter():
    return counter


def use_len(x):
    return len(x)


def use_missing():
    return later_defined


for i in range(4):
    counter = i * 10
    print("counter", read_counter())

# A global appears that shadows a builtin the function already looked up.
print("len builtin", use_len([1, 2, 3]), use_len("ab"))
len = lambda x: "shadowed " + str(x)
print("len global", use_len([1, 2, 3]))
del len
print("len builtin again", use_len([1, 2, 3]))

# The builtin itself is rebound.
saved_abs = builtins.abs


def use_abs(x):
    return abs(x)


print("abs", use_abs(-3), use_abs(-4))
builtins.abs = lambda x: "patched %r" % (x,)
print("abs patched", use_abs(-5))
del builtins.abs
try:
    use_abs(-6)
except NameError as e:
    print("NameError:", e)
builtins.abs = saved_abs
print("abs restored", use_abs(-7))

# A name that did not exist, then exists, then is deleted again.
for step in range(3):
    try:
        print("later", use_missing())
    except NameError as e:
        print("NameError:", e)
    if step == 0:
        later_defined = "now here"
    elif step == 1:
        del later_defined

# Many new globals (the dict resizes) while a loop keeps reading one.
def read_target():
    return target


target = "t0"
for k in range(40):
    globals()["filler_%d" % k] = k
    if k % 13 == 0:
        target = "t%d" % k
        print("target", read_target())
print("target end", read_target())

# globals() mutated through the dict API, and a global statement.
def set_through_global(v):
    global counter
    counter = v


set_through_global("via global stmt")
print("counter", read_counter())
globals()["counter"] = "via globals()"
print("counter", read_counter())
globals().update(counter="via update")
print("counter", read_counter())
globals().pop("counter")
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
globals().setdefault("counter", "via setdefault")
print("counter", read_counter())

# One code object run with different globals (exec): the cache must tell the dicts apart.
code = compile("result = value * 2", "<cache>", "exec")
for v in (1, 2, 3):
    ns = {"value": v}
    exec(code, ns)
    print("exec", ns["result"])
fn_code = compile("def get():\n    return value\n", "<cache2>", "exec")
getters = []
for v in ("a", "b"):
    ns = {"value": v}
    exec(fn_code, ns)
    getters.append(ns["get"])
for _ in range(2):
    print("getters", [g() for g in getters])
getters[0].__globals__["value"] = "a2"
print("getters", [g() for g in getters])
getters[1].__globals__.clear()
try:
    getters[1]()
except NameError as e:
    print("NameError:", e)
print("getters[0]", getters[0]())
