import asyncio, contextvars

v = contextvars.ContextVar("v", default=0)

async def snapshot(n):
    v.set(n)
    await asyncio.sleep(0.01 * n)
    return contextvars.copy_context()

async def main():
    a = contextvars.copy_context()
    b = contextvars.copy_context()
    print(a == b, a is b, a != b)
    snaps = await asyncio.gather(snapshot(1), snapshot(2), snapshot(1))
    print(snaps[0] == snaps[2], snaps[0] == snaps[1], snaps[0] == a)
    print(contextvars.Context() == contextvars.Context(), a == {}, a == 1)
    try:
        hash(a)
    except TypeError:
        print("a Context is not hashable")
    try:
        {a: 1}
    except TypeError:
        print("nor a dict key")
    ctx = contextvars.copy_context()
    ctx.run(v.set, 5)
    print(ctx == a, ctx[v], a.get(v, "absent"))
    seen = {}
    for s in snaps:
        seen.setdefault(s[v], []).append(s)
    print(sorted(seen), [len(x) for x in seen.values()])

asyncio.run(main())
