d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.update({"b": 20}, x=9)
print(d)
print(d.popitem(), d)
e = dict.fromkeys(["k1", "k2"], 0)
print(e, "k1" in e, "v" in e)
e.clear()
print(e)
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err)
