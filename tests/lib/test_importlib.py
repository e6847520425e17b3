"""importlib (runtime/lib/importlib) and the import system around it (__import__,
relative imports, sys.modules): programs run on our engine and on python3, every
printed line compared. Only modules that are laid out alike in both are named (json,
re, os, email, ... are packages in one and modules in the other)."""
import compare

SPECS = r'''
import importlib, importlib.util, importlib.machinery, sys
MODULES = """abc argparse array ast asyncio asyncio.tasks asyncio.queues base64 bisect calendar
cmath codecs collections collections.abc concurrent concurrent.futures contextlib contextvars
copy copyreg csv dataclasses datetime decimal difflib dis doctest enum errno fnmatch fractions
functools gc getopt glob graphlib gzip hashlib heapq hmac html inspect io ipaddress itertools
keyword linecache locale logging math numbers operator pathlib pickle platform pprint queue
random reprlib sched secrets select selectors shlex shutil signal socket ssl statistics string
struct subprocess sys tempfile textwrap threading time timeit token tokenize traceback types
typing unicodedata unittest urllib urllib.parse uuid warnings weakref zlib""".split()
for name in MODULES:
    spec = importlib.util.find_spec(name)
    print(name, spec.name, repr(spec.parent), spec.submodule_search_locations is not None,
          type(spec).__name__, spec.loader is not None)
for name in ["nope", "nope.sub", "collections.nope", "asyncio.nope", "Collections", "_nope",
             "__main__", ".abc", "..abc", "collections..abc", "collections.abc.x", "math.x"]:
    for package in (None, "collections", "asyncio.tasks"):
        try:
            spec = importlib.util.find_spec(name, package)
            print(name, package, None if spec is None else (spec.name, spec.parent))
        except Exception as e:
            print(name, package, type(e).__name__, e)
print(importlib.util.resolve_name(".abc", "collections"), importlib.util.resolve_name("x", None),
      importlib.util.resolve_name("..b", "a.c"))
for args in [(".x", None), (".x", ""), ("...x", "a.b")]:
    try:
        print(importlib.util.resolve_name(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
before = set(sys.modules)
spec = importlib.util.find_spec("graphlib")
print("graphlib" in sys.modules, spec.name)
spec = importlib.util.find_spec("concurrent.futures")
print("concurrent" in sys.modules, spec.parent)
m = importlib.util.module_from_spec(importlib.machinery.ModuleSpec("made", None))
print(type(m).__name__, m.__name__, m.__spec__.name, m.__loader__, m.__package__, hasattr(m, "__file__"))
p = importlib.util.module_from_spec(importlib.machinery.ModuleSpec("pkg.sub", None, is_package=True))
print(p.__package__, p.__path__, p.__spec__.parent, p.__spec__.submodule_search_locations)
s = importlib.machinery.ModuleSpec("a.b", None, origin="here")
print(s.name, s.parent, s.origin, s.has_location, s.cached, s.loader_state, s == importlib.machinery.ModuleSpec("a.b", None, origin="here"))
sys.modules["madeup"] = m
try:
    importlib.util.find_spec("madeup")
except ValueError as e:
    print("ValueError", e)
m.__spec__ = None
try:
    importlib.util.find_spec("madeup")
except ValueError as e:
    print("ValueError", e)
sys.modules["blocked"] = None
print(importlib.util.find_spec("blocked"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.invalidate_caches(), importlib.__import__ is __import__)
'''

IMPORTS = r'''
import importlib, sys
print(importlib.util.find_spec("heapq").name, importlib.util.resolve_name(".x", "a"))
print(importlib.import_module("collections.abc").__name__, importlib.import_module("textwrap").__name__)
print(importlib.import_module(".abc", "collections").__name__, importlib.import_module("..queues", "asyncio.tasks").__name__)
print(importlib.import_module("..", "asyncio.tasks").__name__, importlib.import_module(".", "collections").__name__)
print(importlib.import_module("asyncio.tasks") is sys.modules["asyncio.tasks"])
for args in [("nope",), ("collections.nope",), ("textwrap.sub",), (".x",), (".x", ""), ("..x", "a"),
             ("...x", "a.b"), ("",), (5,), ("x", 5), ("collections.abc.x",), (".nope", "collections")]:
    try:
        print(args, importlib.import_module(*args).__name__)
    except Exception as e:
        print(args, type(e).__name__, e, getattr(e, "name", "-"))
sys.modules["blocked"] = None
for fn in (lambda: importlib.import_module("blocked"), lambda: __import__("blocked")):
    try:
        fn()
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
class Fake:
    answer = 42
sys.modules["fakemod"] = Fake()
import fakemod
from fakemod import answer
print(type(fakemod).__name__, answer, importlib.import_module("fakemod").answer, __import__("fakemod").answer)
import heapq
old = heapq
del sys.modules["heapq"]
import heapq
print(heapq is old, heapq.nsmallest(2, [3, 1, 2]), sys.modules["heapq"] is heapq)
sys.modules["heapq"] = old
import heapq
print(heapq is old)
print(__import__("collections.abc").__name__, __import__("collections.abc", fromlist=["x"]).__name__,
      __import__("collections.abc", None, None, ["Mapping"]).__name__, __import__("asyncio.tasks").__name__)
print(__import__("abc", {"__package__": "collections"}, None, ["x"], 1).__name__)
print(__import__("abc", {"__name__": "collections.other"}, None, ["x"], 1).__name__)
print(__import__("", {"__name__": "collections", "__path__": []}, None, ["abc"], 1).__name__)
print(__import__("queues", {"__package__": "asyncio"}, None, [], 1).__name__)
print(__import__("", {"__package__": "asyncio"}, None, [], 1).__name__)
print(__import__("tasks", {"__package__": "asyncio"}, None, None, 1).__name__)
for args in [("x", {"__name__": "__main__"}, None, [], 1), ("x", {"__package__": ""}, None, [], 1),
             ("x", {"__package__": "a"}, None, [], 2), ("x", {"__package__": 5}, None, [], 1),
             ("x", {}, None, [], 1), ("x", None, None, [], -1), ("",), ("nope.sub",)]:
    try:
        print(__import__(*args).__name__)
    except Exception as e:
        print(type(e).__name__, e)
ns = {"__name__": "collections.mine", "__package__": "collections"}
exec("from . import abc\nfrom .abc import Mapping\nfrom .. import collections as c2\n", ns) if False else None
exec("from . import abc\nfrom .abc import Mapping\n", ns)
print(ns["abc"].__name__, ns["Mapping"].__name__)
try:
    exec("from . import nope_submodule\n", ns)
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    exec("from .. import x\n", {"__name__": "top", "__package__": "top"})
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__, __name__)
'''

RELOAD = r'''
import importlib, sys, types
import textwrap, fractions, collections, heapq, math
textwrap.extra = "kept"
original_dedent = textwrap.dedent
r = importlib.reload(textwrap)
print(r is textwrap, textwrap.extra, textwrap.dedent is original_dedent, textwrap.dedent("  x\n  y"))
textwrap.dedent = None
importlib.reload(textwrap)
print(textwrap.dedent("   z"))
F = fractions.Fraction
importlib.reload(fractions)
print(fractions.Fraction is F, fractions.Fraction(1, 3) + fractions.Fraction(1, 6))
print(importlib.reload(math) is math, importlib.reload(sys) is sys, math.sqrt(16))
print(importlib.reload(collections) is collections, collections.Counter("aab")["a"])
for bad in (5, None, "textwrap", types.ModuleType("unregistered"), sys.modules["__main__"]):
    try:
        importlib.reload(bad)
        print("reloaded", bad)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
fake = types.ModuleType("heapq")
try:
    importlib.reload(fake)
except ImportError as e:
    print(type(e).__name__, e)
m = types.ModuleType("madeup")
sys.modules["madeup"] = m
try:
    importlib.reload(m)
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(sorted(n for n in importlib.__all__))
'''

compare.same_output("importlib_specs", SPECS)
compare.same_output("importlib_imports", IMPORTS)
compare.same_output("importlib_reload", RELOAD)

FROM_FILE = r'''
# The engine has no files to load; the specs and the error are CPython's all the same.
import importlib.util, sys
path = "/nonexistent/folder/helper_mod.py"
spec = importlib.util.spec_from_file_location("helper_mod", path)
print(spec.name, spec.origin, spec.has_location, repr(spec.parent), spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__, hasattr(module, "VALUE"), module.__spec__ is spec,
      module.__loader__ is spec.loader, module.__package__)
try:
    spec.loader.exec_module(module)
except OSError as e:
    print(type(e).__name__, e)
print(importlib.util.spec_from_file_location("x", "/nonexistent/data.txt"))
print(importlib.util.spec_from_file_location("x"))
pspec = importlib.util.spec_from_file_location("pkg", "/nonexistent/pkg/__init__.py")
print(pspec.submodule_search_locations, pspec.parent, pspec.name)
sspec = importlib.util.spec_from_file_location("pkg.sub", "/nonexistent/pkg/sub.py")
print(sspec.parent, sspec.submodule_search_locations)
lspec = importlib.util.spec_from_loader("made", None)
print(lspec.name, lspec.loader, lspec.origin, lspec.parent, lspec.submodule_search_locations)
'''
compare.same_output("importlib_from_file", FROM_FILE)
