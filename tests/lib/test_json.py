import json
from compare import load, same

ours = load("json")

values = [None, True, False, 0, -7, 10**30, 1.5, -0.0, 1e300, 0.1, float("inf"),
          "", "plain", 'quote " and \\ backslash', "tab\tnew\nline\x01", "héllo ☃ 😀",
          [], [1, [2, [3, {}]]], {}, {"b": 1, "a": [1, 2.5, None]},
          {1: "int key", 2.5: "float", True: "bool", None: "none"},
          (1, 2), {"nested": {"deep": [{"x": 1}]}}]
options = [{}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"sort_keys": True},
           {"separators": (",", ":")}, {"ensure_ascii": False}, {"allow_nan": False},
           {"indent": 4, "sort_keys": True, "separators": (", ", " = ")}]
for value in values:
    for opts in options:
        same(f"dumps({value!r}, {opts})", lambda: ours.dumps(value, **opts),
             lambda: json.dumps(value, **opts))

same("unserialisable", lambda: ours.dumps({1, 2}), lambda: json.dumps({1, 2}))
same("bad key", lambda: ours.dumps({(1,): 2}), lambda: json.dumps({(1,): 2}))
same("skipkeys", lambda: ours.dumps({(1,): 2, "a": 1}, skipkeys=True),
     lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
same("default", lambda: ours.dumps({1, 2}, default=sorted),
     lambda: json.dumps({1, 2}, default=sorted))
circular = []
circular.append(circular)
same("circular", lambda: ours.dumps(circular), lambda: json.dumps(circular))

documents = ['{"a": 1, "b": [true, false, null], "c": "x\\u00e9\\n"}', "  [1, 2.5, -3e2]  ",
             '"\\ud83d\\ude00"', "1e400", "-0", "0.5", "NaN", "[-Infinity]",
             "", "   ", "[1, 2", "[1,]", '{"a" 1}', '{"a": 1,}', "{1: 2}", "[1] x",
             '"abc', '"a\\qb"', '"\\u12"', "01", "-", "[1 2]", '{"a": 1 "b": 2}',
             "tru", '"tab\there"', "\n\n  {\n  oops", '{"a": {"b": [1, {"c": null}]}}']
for doc in documents:
    same(f"loads({doc!r})", lambda: ours.loads(doc), lambda: json.loads(doc))
same("pairs hook", lambda: ours.loads('{"b": 1, "a": 2}', object_pairs_hook=list),
     lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
same("object hook", lambda: ours.loads('{"b": 1}', object_hook=lambda d: sorted(d)),
     lambda: json.loads('{"b": 1}', object_hook=lambda d: sorted(d)))
same("bytes", lambda: ours.loads(b'[1]'), lambda: json.loads(b'[1]'))
same("not a str", lambda: ours.loads(5), lambda: json.loads(5))
same("round trip", lambda: ours.loads(ours.dumps(values)), lambda: json.loads(json.dumps(values)))
