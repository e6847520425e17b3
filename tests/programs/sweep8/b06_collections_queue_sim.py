import asyncio
from collections import deque, namedtuple, OrderedDict, ChainMap, Counter

Order = namedtuple("Order", "id item qty")

async def kitchen(q, done):
    while True:
        order = await q.get()
        await asyncio.sleep(order.qty * 0.1)
        done.append(order)
        print(f"cooked {order}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    done = deque(maxlen=3)
    cooks = [asyncio.create_task(kitchen(q, done), name=f"cook{i}") for i in range(2)]
    for i, (item, n) in enumerate([("soup", 2), ("tea", 1), ("pie", 3), ("bun", 1)]):
        await q.put(Order(i, item, n))
    await q.join()
    print("last three:", list(done), done.maxlen)
    for c in cooks:
        c.cancel()
    res = await asyncio.gather(*cooks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    od = OrderedDict.fromkeys("abc", 0)
    od.move_to_end("a")
    print(od, od.popitem(last=False))
    cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
    print(cm["x"], cm["y"], cm.new_child({"z": 0}), len(cm))
    c = Counter("mississippi")
    print(c, c.most_common(2), c["z"], +c - Counter("ss"), sorted(c.elements())[:4])
    d = deque([1, 2, 3])
    d.rotate(1); d.appendleft(0)
    print(d, repr(deque()), d.index(3))

asyncio.run(main())
