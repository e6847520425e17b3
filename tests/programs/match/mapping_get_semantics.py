# Keys are looked up with mapping.get(key, <sentinel>): __missing__ never runs and a
# defaultdict does not grow; a custom get() is what decides.
from collections import defaultdict
from collections.abc import Mapping

dd = defaultdict(int, a=1)
match dd:
    case {"a": 1, "b": 0}:
        print("matched b")
    case {"a": 1}:
        print("no b, and the defaultdict is still", dict(dd))


class Logging(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

    def __getitem__(self, key):
        print("  getitem", repr(key))
        return super().__getitem__(key)


match Logging(x=1, y=2):
    case {"x": 1, "y": 3}:
        print("first")
    case {"y": 2, "x": 1, **rest}:
        print("second", rest)


class Lookup(Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, key):
        return self.kw[key]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


match Lookup(name="ada", born=1815):
    case {"name": str(n), "born": int(b)}:
        print(n, b)

# The length is checked first: a mapping with fewer items than keys never matches.
match {"a": 1}:
    case {"a": _, "b": _}:
        print("impossible")
    case {"a": _}:
        print("one key is enough")
