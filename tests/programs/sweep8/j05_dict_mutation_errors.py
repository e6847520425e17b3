import asyncio

async def main():
    d = {"a": 1, "b": 2, "c": 3}
    try:
        for k in d:
            if k == "a":
                del d[k]
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d["new" + k] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    s = {1, 2, 3}
    try:
        for x in s:
            s.add(x * 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    l = [1, 2, 3, 4]
    for x in l:
        if x % 2 == 0:
            l.remove(x)
    print(l)
    d = {"x": 1, "y": 2, "z": 3}
    del d["y"]
    d["y"] = 9
    print(d, list(d), d.pop("x"), d.setdefault("w", 0), d, d.get("q"), d.pop("q", "dflt"))
    try:
        d.pop("q")
    except KeyError as e:
        print("KeyError:", e)
    async def mutate(dd):
        await asyncio.sleep(0)
        dd["added"] = True
    dd = {"k": 1}
    t = asyncio.create_task(mutate(dd))
    try:
        for k in dd:
            await asyncio.sleep(0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t
    print(dd)

asyncio.run(main())
