import asyncio, random

async def worker(rng, name, log):
    for _ in range(3):
        await asyncio.sleep(rng.random())
        log.append((name, rng.randint(1, 6)))

async def main():
    random.seed(42)
    print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.uniform(1.5, 2.5))
    print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("ab", weights=[1, 9], k=6))
    print(random.sample(range(100), 5), random.sample("hello", 3), random.getrandbits(40))
    deck = list(range(10)); random.shuffle(deck); print(deck)
    print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
    print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
    print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(6).hex())
    rngs = [random.Random(i) for i in range(3)]
    log = []
    await asyncio.gather(*(worker(r, f"w{i}", log) for i, r in enumerate(rngs)))
    print(log)
    r = random.Random("seed string"); print(r.random(), r.randint(0, 10**30))
    r = random.Random(b"bytes"); print(r.random())
    r = random.Random(3.25); print(r.random())
    r = random.Random(-7); print(r.random())
    state = r.getstate(); a = r.random(); r.setstate(state); print(a == r.random())
    for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(5, 5), lambda: random.randint(3, 1), lambda: random.randrange(1, 10, 0)]:
        try:
            bad()
        except (IndexError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        random.sample({1, 2, 3}, 2)
    except TypeError as e:
        print("TypeError:", e)
    random.seed(0)
    print([random.randrange(1000) for _ in range(8)], random.choice(range(10**9)))
    print(random.sample(range(10**6), 3), random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=4))

asyncio.run(main())
