try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from math import nonexistent
except ImportError as e:
    print(type(e).__name__, e.name)
import math as m, collections.abc
from math import floor as fl
print(fl(3.7))
print(m.floor(2.5), hasattr(collections.abc, "Iterable"))
