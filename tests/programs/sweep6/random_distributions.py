import asyncio, random, statistics
async def simulate(name, draw, n=200):
    await asyncio.sleep(0)
    xs = [draw() for _ in range(n)]
    return name, round(statistics.mean(xs), 6), round(min(xs), 6), round(max(xs), 6)
async def main():
    random.seed(12345)
    dists = [("gamma 2.5", lambda: random.gammavariate(2.5, 2.0)), ("gamma 1", lambda: random.gammavariate(1.0, 3.0)), ("gamma 0.5", lambda: random.gammavariate(0.5, 1.0)),
             ("beta", lambda: random.betavariate(2, 5)), ("pareto", lambda: random.paretovariate(3)), ("weibull", lambda: random.weibullvariate(1.5, 2)),
             ("vonmises", lambda: random.vonmisesvariate(1.0, 4.0)), ("vonmises k0", lambda: random.vonmisesvariate(0, 0))]
    for name, mean, lo, hi in [await simulate(n, d) for n, d in dists]:
        print(f"{name:<12} mean={mean:<10} min={lo:<10} max={hi}")
    print(random.randbytes(6), random.randbytes(0), random.random())
    print(round(random.NV_MAGICCONST, 12), round(random.SG_MAGICCONST, 12), random.BPF, random.RECIP_BPF, round(random.TWOPI, 12), round(random.LOG4, 12))
    try:
        random.gammavariate(0, 1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.no_such_thing
    except AttributeError as e:
        print("AttributeError:", e)
asyncio.run(main())
