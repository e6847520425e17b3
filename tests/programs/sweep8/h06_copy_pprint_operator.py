import asyncio, copy, pprint, operator
from collections import defaultdict

async def snapshot(state):
    await asyncio.sleep(0)
    return copy.deepcopy(state)

async def main():
    state = {"users": [{"name": "a", "tags": ["x"]}], "count": 1}
    snap = await snapshot(state)
    shallow = copy.copy(state)
    state["users"][0]["tags"].append("y")
    state["count"] = 2
    print(snap, shallow["users"][0]["tags"], shallow["count"])
    big = {"config": {"servers": [{"host": f"10.0.0.{i}", "port": 8000 + i, "tags": ["web", "api"]} for i in range(3)],
                      "retries": 3, "timeout": 2.5}, "name": "cluster-a" * 3}
    pprint.pprint(big)
    pprint.pprint(big, width=40, depth=2)
    print(pprint.pformat(list(range(30)), compact=True))
    rows = [("b", 2, 3.0), ("a", 2, 1.0), ("c", 1, 2.0)]
    print(sorted(rows, key=operator.itemgetter(1, 0)), list(map(operator.attrgetter("real"), [1, 2.5])))
    print(operator.methodcaller("upper")("hi"), operator.add(1, 2), operator.mul("ab", 2), operator.neg(3), operator.contains([1], 1))
    dd = defaultdict(list)
    for k, v in [("a", 1), ("b", 2), ("a", 3)]:
        dd[k].append(v)
    print(dd, dict(dd), dd["missing"], len(dd))
    class Node:
        def __init__(self, v):
            self.v, self.children = v, []
        def __repr__(self):
            return f"Node({self.v}, {self.children})"
    root = Node(1); root.children.append(Node(2)); root.children[0].children.append(root)
    c = copy.deepcopy(root)
    print(c.children[0].children[0] is c, c is not root)

asyncio.run(main())
