fs = frozenset([1, 2, 3])
print(fs, 2 in fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
d = {fs: "frozen key"}
print(d[frozenset([3, 2, 1])])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
seen = set()
dupes = []
for x in [5, 3, 5, 1, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen), len(seen))
s = {1, 2, 3}
print(s.pop(), s)
