import asyncio, random, statistics

async def customer(rng, i, queue, served):
    await asyncio.sleep(rng.expovariate(2.0))
    await queue.put((i, rng.randint(1, 5)))

async def clerk(name, rng, queue, served):
    while True:
        i, items = await queue.get()
        await asyncio.sleep(items * rng.uniform(0.1, 0.3))
        served.append((name, i, items))
        queue.task_done()

async def main():
    rng = random.Random(2024)
    queue, served = asyncio.Queue(), []
    clerks = [asyncio.create_task(clerk(n, rng, queue, served)) for n in ("ann", "bob")]
    await asyncio.gather(*(customer(rng, i, queue, served) for i in range(8)))
    await queue.join()
    for c in clerks:
        c.cancel()
    print(served)
    sizes = [s[2] for s in served]
    print(statistics.mean(sizes), statistics.median(sizes), statistics.pstdev(sizes))
    r = random.Random(7)
    print([r.randint(0, 9) for _ in range(10)], r.choice(["x", "y", "z"]), r.sample(range(50), 4))
    print(r.random(), r.uniform(-1, 1), r.gauss(5, 2), r.triangular(), r.randrange(-10, 10, 3), r.getrandbits(70))
    l = list("abcdefgh"); r.shuffle(l); print(l)
    print(r.choices("abc", k=5), r.choices(range(3), weights=[0.1, 0.1, 5], k=3), r.sample(["p", "q"], k=2, counts=[2, 1]) if hasattr(r, "sample") else "")
    random.seed(99); a = [random.random() for _ in range(3)]
    random.seed(99); b = [random.random() for _ in range(3)]
    print(a == b, a)
    print(random.Random(2**70).random(), random.Random(0).binomialvariate(10, 0.5) if hasattr(random.Random, "binomialvariate") else "no binomialvariate")

asyncio.run(main())
