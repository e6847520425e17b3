# What a __del__ that runs at exit sees: its globals all still bound, builtins, sys with
# path/argv/meta_path set to None and the standard streams back to the originals, and
# no import that would load a module (even one loaded before: sys.modules is empty).
# Objects only the namespace holds are finalised in the order their names were bound.
import io
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, sys.modules.get('os'), __name__, len([1, 2]))
        for name in ('os', 'sys', 'collections', 'json'):
            try:
                __import__(name)
                print(name, "imported")
            except ImportError as e:
                print(name, type(e).__name__, e)
        print(sys.meta_path, sys.path, sys.argv)
        print("stdout restored:", sys.stdout is sys.__stdout__,
              "stderr restored:", sys.stderr is sys.__stderr__)


first = A(1)
second = A(2)
third = A(3)
captured = io.StringIO()
sys.stdout = captured
sys.stderr = captured
print("not shown: the program's stdout is a StringIO now")
