import asyncio

async def fetch_tags(user):
    await asyncio.sleep(0.01)
    return {"ann": {"py", "js", "go"}, "bob": {"py", "rust"}, "cy": {"js"}}[user]

async def main():
    tags = dict(zip(["ann", "bob", "cy"], await asyncio.gather(*(fetch_tags(u) for u in ["ann", "bob", "cy"]))))
    common = set.intersection(*tags.values())
    every = set().union(*tags.values())
    print(sorted(common), sorted(every), sorted(tags["ann"] - tags["bob"]), sorted(tags["ann"] ^ tags["bob"]))
    print(tags["cy"] <= tags["ann"], tags["cy"].isdisjoint(tags["bob"]), frozenset("ab") | {"c"} == {"a", "b", "c"})
    inv = {}
    for u, ts in tags.items():
        for t in sorted(ts):
            inv.setdefault(t, []).append(u)
    print(dict(sorted(inv.items())))
    d = {"a": 1, "b": 2}
    d2 = d | {"b": 3, "c": 4}
    d |= {"z": 0}
    print(d, d2, {**d, "a": 9}, dict(d, x=1), list(d.items())[-1], d.get("q", "none"), d.setdefault("n", []), d.pop("a"), d.pop("missing", -1))
    print({k: v for k, v in d2.items() if v > 2}, dict.fromkeys("xy", []), {v: k for k, v in d2.items()})
    ks = d2.keys()
    print(ks & {"a", "c"}, ks - {"a"}, "a" in ks, d2.items() >= {("a", 1)}, reversed(d2) is not None, list(reversed(d2)))
    try:
        d["nope"]
    except KeyError as e:
        print("KeyError:", e, repr(e))
    nested = {"x": {"y": {"z": 1}}}
    print(nested["x"]["y"].get("z"), sorted({3: "c", 1: "a"}), len({}), bool({}), {1: 1} == {1: 1.0})
    s = {3, 1, 2}
    s.add(0); s.discard(9); s.remove(3)
    print(s, s.pop(), sorted(s | {10}), {x % 3 for x in range(10)}, set("hello"), len(set()), set())

asyncio.run(main())
