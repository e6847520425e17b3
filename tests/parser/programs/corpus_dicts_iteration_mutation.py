d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    if d[k] == 0:
        del d[k]
print(d)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print({k: v for k, v in sorted(d.items(), reverse=True)})
