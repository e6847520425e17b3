# warnings point at the caller's line (sys._getframe), as CPython's do.
import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def here():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


print(here())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    for w in caught:
        print(w.category.__name__, w.message, w.filename, w.lineno)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
