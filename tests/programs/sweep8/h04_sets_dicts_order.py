import asyncio

async def tags_for(post):
    await asyncio.sleep(0)
    return set(post.split())

async def main():
    posts = ["python asyncio tutorial", "python tips", "asyncio queue tips tricks", "web python"]
    sets = await asyncio.gather(*map(tags_for, posts))
    union = set().union(*sets)
    print(union)
    print(sets[0] & sets[2], sets[0] | sets[1], sets[2] - sets[0], sets[0] ^ sets[1])
    print(sorted(union), len(union), frozenset({"b", "a"}))
    counts = {}
    for s in sets:
        for t in s:
            counts[t] = counts.get(t, 0) + 1
    print(counts)
    print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
    d = dict.fromkeys("hello")
    print(d, list(d.keys()), d.keys() & {"h", "z"}, d.items() | {("q", 1)} > set(), reversed(list(d)).__class__.__name__)
    print({1, 2, 3, 100, 33, 64, -1}, {"x", "y", "z", "w"}, set("mississippi"), {3.5, 1.25, 2.0})
    print({(1, "a"), (2, "b")}, {True, 0.5, "s"}, {frozenset({1}), frozenset()})
    d2 = {"b": 1, "a": 2}
    d2 |= {"c": 3, "a": 0}
    print(d2, d2 | {"z": 9}, list(reversed(d2)), dict(sorted(d2.items())))

asyncio.run(main())
