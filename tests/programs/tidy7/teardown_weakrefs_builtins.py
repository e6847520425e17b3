# At exit: a weak reference the namespace holds is collected with it, so its callback
# never runs (weakref.finalize runs from atexit instead); builtins are back to the copy
# CPython made before io added open(); generators still suspended are closed, oldest
# first.
import weakref


class A:
    def __del__(self):
        print("A del, builtins:", len([1]), max(2, 3))
        try:
            open
        except NameError as e:
            print("NameError:", e)


def cb(r):
    print("callback", r() is None)


def gen(n):
    try:
        yield n
    finally:
        print("gen finally", n)


a = A()
r = weakref.ref(a, cb)
f = weakref.finalize(a, print, "finalized")
g1 = gen(1)
next(g1)
g2 = gen(2)
next(g2)
print("end")
