import asyncio

async def compute(n):
    await asyncio.sleep(0)
    return n

async def main():
    a, b = await asyncio.gather(compute(256), compute(256))
    c, d = await asyncio.gather(compute(257), compute(257))
    print(a is b, (a + 1) is (b + 1), c == d)
    print(int("10") is 10, 5 - 5 is 0, -5 is int("-5"), [] is [], () is (), "" is str())
    s = "hello"
    print(s[:] is s, s + "" is s, s.strip() is s, s.upper() is s, str(s) is s, s * 1 is s)
    t = (1, 2)
    print(t[:] is t, tuple(t) is t, t + () is t, list(t) is t)
    print(frozenset() is frozenset(), frozenset(t) is frozenset(t), None is None)
    x = [1, 2]
    y = x
    y += [3]
    z = x + [4]
    print(x, y is x, z is x, x == [1, 2, 3])
    key = "user_1"
    d = {key: 1}
    print(next(iter(d)) is key, "user_1" is key, ("user" + "_1") == key)

asyncio.run(main())
