import json
from datetime import date

data = {"name": "Ada", "langs": ["py", "c"], "age": 36, "ok": True, "none": None, "pi": 3.14159, "nested": {"b": 1, "a": [1, 2, {"z": None}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"d": date(2024, 1, 2)}, default=str))
try:
    json.dumps({"d": date(2024, 1, 2)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("héllo ☃"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([float("inf"), 1e100, 0.1, -0.0, 10**20]))
print(json.loads('{"a": [1, 2.5, "x", null, true]}'))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.lineno, e.colno, e.pos)
print(json.loads("[1, 2]", object_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.dumps({1: "int key", (2): "x"}, indent=None))
print(json.dumps([[]], indent=4))
print(json.dumps({}, indent=2), json.dumps([], indent=2))
