# Pickling an OrderedDict (and a subclass with attributes of its own) gives CPython's
# bytes at every protocol: the class, no arguments, the attributes, then the items.
import copy
import pickle
from collections import OrderedDict


class Settings(OrderedDict):
    pass


plain = OrderedDict(b=2, a=1)
own = Settings(z=26, y=25)
own.source = "defaults"
shared = [1, 2]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.dumps(plain, proto))
    print(proto, pickle.dumps(own, proto))
    print(proto, pickle.dumps([shared, shared], proto))
    back = pickle.loads(pickle.dumps(own, proto))
    print(type(back).__name__, back, back.source, list(back))
print(copy.deepcopy(own), copy.copy(own).source)
