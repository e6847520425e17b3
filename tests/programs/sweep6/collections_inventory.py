import asyncio
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, UserDict

Item = namedtuple("Item", ["sku", "qty"])

class CaseDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

async def warehouse(name, items):
    await asyncio.sleep(len(name) / 10)
    return name, Counter({i.sku: i.qty for i in items})

async def main():
    res = await asyncio.gather(warehouse("north", [Item("a", 5), Item("b", 2)]), warehouse("s", [Item("a", 1), Item("c", 7)]))
    total = Counter()
    for name, c in res:
        total += c
        print(name, c)
    print(total, total.most_common(2), total["zzz"], sum(total.values()), total.total())
    c2 = Counter("mississippi")
    print(c2, c2 - Counter("ss"), c2 & Counter("sip"), c2 | Counter("mmm"), +Counter({"a": -1, "b": 1}))
    print(sorted(c2.elements()), list(c2.items())[:2])
    c2.subtract("iiii")
    print(c2, c2.most_common()[-1])
    dd = defaultdict(list)
    for w in "apple avocado banana blueberry cherry".split():
        dd[w[0]].append(w)
    print(dd, dict(dd), dd["z"], len(dd))
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 1
    print({k: dict(v) for k, v in nested.items()})
    dq = deque(range(5), maxlen=5)
    dq.append(5)
    dq.appendleft(-1)
    dq.rotate(2)
    print(dq, dq.maxlen, dq[0], dq.index(2), dq.count(0))
    dq.extend([7, 8])
    print(dq, list(reversed(dq)), dq.pop(), dq.popleft())
    cd = CaseDict()
    cd["Key"] = 1
    print(cd["KEY"], cd, "key" in cd, len(cd))
    print(Counter(a=3) == Counter(a=3, b=0), Counter({"x": 2}).most_common(), repr(Counter()))

asyncio.run(main())
