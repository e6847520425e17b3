# Recursion through C code (a __repr__ calling repr on itself) also ends in RecursionError.
class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
print("after")
