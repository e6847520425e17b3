# type.__subclasses__() of builtin types lists the builtin subclasses CPython makes at
# start-up (in CPython's order), then classes made later, in creation order. Only the
# builtins are printed: which library modules CPython imported at start-up (and so
# which of their subclasses exist) differs from Taskscope by design.
def builtin_subclasses(t):
    return [c.__name__ for c in t.__subclasses__() if c.__module__ == 'builtins']


for t in (BaseException, Exception, ValueError, ArithmeticError, LookupError, OSError,
          ConnectionError, ImportError, RuntimeError, SyntaxError, IndentationError,
          Warning, UnicodeError, NameError, BaseExceptionGroup, KeyError, TypeError,
          StopIteration, int, bool, float, str, list, dict, set, frozenset, bytes):
    print(t.__name__, builtin_subclasses(t))


class MyValueError(ValueError):
    pass


class Both(KeyError, MyValueError):
    pass


class MyInt(int):
    pass


print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ in ('builtins', __name__)])
print([c.__name__ for c in KeyError.__subclasses__()])
print([c.__name__ for c in MyValueError.__subclasses__()])
print([c.__name__ for c in int.__subclasses__() if c.__module__ in ('builtins', __name__)])
print(ChildProcessError.__mro__, UnicodeTranslateError.__mro__)
