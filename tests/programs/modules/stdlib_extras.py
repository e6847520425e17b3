# Smaller standard modules: calendar, graphlib, difflib, reprlib, html, keyword,
# errno, pathlib (pure paths), fnmatch, pickle, platform, timeit, textwrap-free bits.
import calendar
import difflib
import errno
import fnmatch
import graphlib
import html
import keyword
import pickle
import platform
import reprlib
import timeit
from pathlib import Path, PurePosixPath

print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 3, 1))
print(calendar.month(2024, 2))
print(calendar.month_name[3], calendar.day_abbr[6], calendar.monthcalendar(2023, 10)[0])

deps = {"app": {"db", "cache"}, "db": {"config"}, "cache": {"config"}, "config": set()}
print(list(graphlib.TopologicalSorter(deps).static_order()))
try:
    graphlib.TopologicalSorter({"a": ["b"], "b": ["a"]}).prepare()
except graphlib.CycleError as e:
    print("cycle:", e.args[1])

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(round(difflib.SequenceMatcher(None, "asyncio", "async io").ratio(), 4))
old = ["one\n", "two\n", "three\n"]
new = ["one\n", "2\n", "three\n", "four\n"]
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt")), end="")
print("".join(difflib.ndiff(["abcd\n"], ["abed\n"])), end="")

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 50))
print(html.escape('<a href="x">Tom & Jerry</a>'), html.unescape("&lt;b&gt; caf&eacute; &#x263A;"))
print(keyword.iskeyword("await"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(errno.ENOENT, errno.errorcode[errno.EEXIST])

p = PurePosixPath("/srv/app") / "static" / "main.min.js"
print(p, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)
print(p.relative_to("/srv"), p.with_suffix(".css"), p.match("*.js"), Path("notes.txt").exists())
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))

blob = pickle.dumps({"id": 7, "tags": ("x", "y"), "ratio": 0.5, "raw": b"\x00\x01"})
print(blob)
print(pickle.loads(blob))
print(platform.python_version(), platform.python_implementation())
print(timeit.timeit("sum(range(10))", number=100) >= 0.0)
