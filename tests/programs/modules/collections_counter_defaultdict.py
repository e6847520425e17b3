from collections import Counter, defaultdict, OrderedDict
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
c.update("sss")
print(c.most_common(1), sorted(c.elements())[:5], sum(c.values()))
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter("ab") + Counter("bc"))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
