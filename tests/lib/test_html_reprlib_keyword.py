import collections
import errno
import html
import html.entities
import keyword
import reprlib
from compare import load, same

ts_keyword, ts_errno, ts_reprlib = (load(n) for n in ("keyword", "errno", "reprlib"))

# html is a package: load ours under private names, entities first.
import importlib.util
import os
import sys
from compare import ROOT


def load_package_module(dotted, path, private):
    spec = importlib.util.spec_from_file_location(private, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[private] = module
    spec.loader.exec_module(module)
    return module


ts_entities = load_package_module("html.entities",
                                  os.path.join(ROOT, "runtime/lib/html/entities.py"),
                                  "ts_html_entities")
_saved = sys.modules["html.entities"]
sys.modules["html.entities"] = ts_entities
ts_html = load_package_module("html", os.path.join(ROOT, "runtime/lib/html/__init__.py"),
                              "ts_html")
sys.modules["html.entities"] = _saved

same("kwlist", lambda: ts_keyword.kwlist, lambda: keyword.kwlist)
same("softkwlist", lambda: ts_keyword.softkwlist, lambda: keyword.softkwlist)
for w in ("if", "match", "foo", "None", "_", "print", "async"):
    same(f"iskeyword {w}", lambda: (ts_keyword.iskeyword(w), ts_keyword.issoftkeyword(w)),
         lambda: (keyword.iskeyword(w), keyword.issoftkeyword(w)))
same("errorcode", lambda: sorted(ts_errno.errorcode.items()), lambda: sorted(errno.errorcode.items()))
for name in ("ENOENT", "EWOULDBLOCK", "EAGAIN", "EDEADLOCK", "ENOTSUP", "EOPNOTSUPP", "ETIMEDOUT"):
    same(f"errno {name}", lambda: getattr(ts_errno, name), lambda: getattr(errno, name))

same("entities name2codepoint", lambda: ts_entities.name2codepoint,
     lambda: html.entities.name2codepoint)
same("entities codepoint2name", lambda: ts_entities.codepoint2name,
     lambda: html.entities.codepoint2name)
same("entities html5 subset", lambda: all(html.entities.html5[k] == v
                                          for k, v in ts_entities.html5.items()), lambda: True)
texts = [
    '<a href="x">Tom & \'Jerry\'</a>', "plain", "", "&&&", "<<>>",
    "&lt;&amp;&gt;&quot;&#39;&#x41;&#65;&nbsp;&copy;&eacute;&notanentity;&amp&lt3",
    "&#0; &#x110000; &#128; &#150; &#xD800; &#1; &#x7f; &#xFFFE; &#65535; &#x10FFFF;",
    "&AMP; &COPY &REG; &lang; &rang; &hellip; &euro; &unknown; & &; &#; &#x; &#xZ;",
    "caf&eacute; na&iuml;ve &alpha;&beta;&gamma; &Omega; &le; &ne; &rarr; &hearts;",
    "&amp;amp; &ampx &copyright &nbsp;&nbsp; &#9731; &#x1F600; &#100000000000;",
    "a&b c&d=1&e=2", "&notit; &notin; &#x80;&#x9F;&#x81;&#13;&#xFDD0;&#x1FFFE;&#x0b;&#X41",
    "&" * 40, "&" + "a" * 40 + ";",
]
for t in texts:
    same(f"escape {t!r}", lambda: (ts_html.escape(t), ts_html.escape(t, quote=False)),
         lambda: (html.escape(t), html.escape(t, quote=False)))
    same(f"unescape {t!r}", lambda: ts_html.unescape(t), lambda: html.unescape(t))
    same(f"roundtrip {t!r}", lambda: ts_html.unescape(ts_html.escape(t)), lambda: t)

objects = [
    list(range(100)), "x" * 100, {i: i for i in range(10)}, set(range(20)), (1,) * 20,
    [[[[[[[[1]]]]]]]], 2 ** 200, frozenset(range(9)), b"a" * 50, range(100), (1,), (),
    [], {}, set(), frozenset(), collections.deque(range(10)), {"b": [1, 2], "a": (3,)},
    {1, "a", 2.5}, [1.5, None, True, "s" * 40], -(10 ** 50), 3.14159, "short",
    {(1, 2): {3: [4, 5, 6, 7, 8, 9, 10]}}, [[1, 2, [3, 4, [5, [6, [7]]]]]],
]
for o in objects:
    same(f"reprlib {o!r:.40}", lambda: ts_reprlib.repr(o), lambda: reprlib.repr(o))


def custom(mod):
    r = mod.Repr()
    r.maxlist = 2
    r.maxstring = 10
    r.maxlevel = 2
    r.maxdict = 1
    r.maxlong = 8
    r.fillvalue = "<+>"
    return [r.repr(list(range(5))), r.repr("abcdefghijklmnopqrstuvwxyz"),
            r.repr([[[1]]]), r.repr({1: 2, 3: 4}), r.repr(12345678901234), r.repr([]),
            r.repr({1: {2: {3: 4}}})]


same("reprlib custom", lambda: custom(ts_reprlib), lambda: custom(reprlib))


def recursive(mod):
    class Node:
        def __init__(self):
            self.items = [self]

        @mod.recursive_repr()
        def __repr__(self):
            return f"Node({self.items!r})"

    class Other(list):
        @mod.recursive_repr("<loop>")
        def __repr__(self):
            return "O" + list.__repr__(self)
    o = Other([1])
    o.append(o)
    return [repr(Node()), repr(o), Node.__repr__.__name__, Node.__repr__.__qualname__.split(".")[-1]]


same("recursive_repr", lambda: recursive(ts_reprlib), lambda: recursive(reprlib))


# Strings whose abbreviation changes the quotes, small limits, arrays, failing reprs,
# and a subclass with its own repr_<type> method.
def limits(mod):
    import array

    class Broken:
        def __repr__(self):
            raise RuntimeError("no")

    class Long:
        def __repr__(self):
            return "L" * 80

    class Mine(mod.Repr):
        def repr_float(self, x, level):
            return "F%d" % level

    out = []
    for text in ["a" * 20 + "'" + "b" * 20, "'" * 25 + '"' * 25, "\n\t" * 30, "é" * 40, "ab"]:
        out.append(mod.repr(text))
    for maxstring in (0, 1, 3, 4, 5, 8):
        r = mod.Repr()
        r.maxstring = r.maxlong = r.maxother = maxstring
        out += [r.repr("abcdefghijkl"), r.repr(10 ** 20), r.repr(Long())]
    out += [mod.repr(array.array("i", range(10))), mod.repr(array.array("d")),
            mod.repr(array.array("b", [1])), mod.repr(Long()), mod.repr([Long()])]
    out.append(mod.repr(Broken()).split(" at ")[0])
    m = Mine()
    m.maxlevel = 3
    out += [m.repr([1.5, [2.5, [3.5, [4.5]]]]), m.repr((1.5,)), m.repr({1.5: (2.5,)})]
    r = mod.Repr()
    r.maxlevel = 0
    out += [r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr((1,)), r.repr({3}), r.repr("x")]
    return out


same("reprlib limits", lambda: limits(ts_reprlib), lambda: limits(reprlib))
