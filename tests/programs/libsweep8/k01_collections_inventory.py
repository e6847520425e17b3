import asyncio
from collections import Counter, defaultdict, deque, ChainMap, namedtuple, OrderedDict

async def sell(stock, sales, item, n):
    await asyncio.sleep(n / 100)
    stock[item] -= n
    sales[item] += n

async def main():
    stock = Counter(apple=10, pear=4, fig=7)
    sales = Counter()
    await asyncio.gather(sell(stock, sales, "apple", 3), sell(stock, sales, "fig", 8), sell(stock, sales, "kiwi", 1))
    print(stock, sales)
    print(stock.most_common(2), sales.most_common(), (+stock), (-stock))
    print(stock + sales, stock - sales, stock | sales, stock & sales)
    print(sorted(stock.elements()), stock.total(), Counter("abracadabra").most_common(3))
    c = Counter(a=1); c.update("aab"); c.subtract(b=5)
    print(c, repr(Counter()), Counter({"x": 0}) == Counter(), c["missing"])
    groups = defaultdict(list)
    for w in "apple avocado banana blueberry cherry".split():
        groups[w[0]].append(w)
    print(groups, dict(groups), groups.default_factory)
    dd = defaultdict(int); dd["a"] += 1
    print(repr(dd), defaultdict(None), repr(defaultdict(lambda: 0)).split(" at ")[0])
    try:
        defaultdict(None)["x"]
    except KeyError as e:
        print("KeyError:", e)
    recent = deque(maxlen=3)
    for i in range(5):
        recent.append(i)
    print(recent, recent.maxlen)
    recent.rotate(1); print(recent)
    recent.rotate(-2); print(recent)
    recent.appendleft(9); print(recent, list(reversed(recent)), recent.count(9), recent.index(9))
    d = deque("abc"); d.extendleft("xy"); print(d, d.pop(), d.popleft(), d[1], d * 2)
    try:
        deque().pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        deque([1]).index(5)
    except ValueError as e:
        print("ValueError:", e)
    defaults = {"color": "red", "size": "M"}
    user = {"size": "L"}
    cm = ChainMap(user, defaults)
    print(cm["color"], cm["size"], cm, list(cm), len(cm), dict(cm))
    child = cm.new_child({"color": "blue"}); print(child["color"], child.parents, child.maps[0])
    cm["new"] = 1; print(user)
    try:
        del cm["color"]
    except KeyError as e:
        print("KeyError:", e)
    P = namedtuple("P", "x y", defaults=[0])
    p = P(1)
    print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P.__doc__)
    try:
        namedtuple("Bad", "class x")
    except ValueError as e:
        print("ValueError:", e)
    R = namedtuple("R", "a a b", rename=True); print(R._fields)
    od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False))

asyncio.run(main())
