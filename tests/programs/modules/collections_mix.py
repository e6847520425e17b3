from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["the"], c["missing"])
c.update(["cat", "cat"])
print(c.most_common(3), sum(c.values()), sorted(c.elements())[:4])
print(Counter("abracadabra") - Counter("aab"), Counter(a=3) + Counter(a=1, b=2), Counter(a=2) & Counter(a=1))
print(c.total(), Counter({"x": -1, "y": 2}), +Counter({"x": -1, "y": 2}))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
d.appendleft(9); print(d)
d.rotate(1); print(d, d.pop(), d.popleft(), d)
dq = deque([1, 2, 3]); dq.extendleft([0, -1]); print(dq, dq.index(2), list(reversed(dq)))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p._asdict(), p._replace(y=9), Point._fields, Point._make([1, 2]))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("a", "b"), Emp._field_defaults)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od, od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), cm.maps)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
