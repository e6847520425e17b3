# An import during interpreter teardown: an atexit callback still imports (the modules
# are intact then); a __del__ run while the modules are cleared gets CPython's
# ImportError, reported as unraisable on stderr (this used to crash the interpreter).
import atexit


def f():
    import json; print(json.dumps([1]))


atexit.register(f)


class A:
    def __del__(self):
        import textwrap; print("del", textwrap.dedent("  x"))


a = A()
print("end")
