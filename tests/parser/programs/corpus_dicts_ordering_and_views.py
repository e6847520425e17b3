d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
keys = d.keys()
d["new"] = 1
print(keys, len(keys))
print({**d, "alpha": -1})
print(d | {"x": 1}, dict(zip("abc", range(3))))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2) == {"b": 2, "a": 1})
