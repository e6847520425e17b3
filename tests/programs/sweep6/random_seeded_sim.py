import asyncio, random
from collections import Counter
async def customer(i, rng, log):
    arrive = rng.expovariate(1 / 2)
    await asyncio.sleep(arrive)
    service = rng.triangular(0.5, 3, 1)
    log.append((round(asyncio.get_running_loop().time(), 3), i, round(service, 3)))
    await asyncio.sleep(service)
async def main():
    rng = random.Random(1234)
    log = []
    await asyncio.gather(*(customer(i, rng, log) for i in range(6)))
    for entry in sorted(log):
        print(entry)
    random.seed("a string seed")
    print(random.random(), random.randint(1, 100), random.choice(["x", "y", "z"]))
    random.seed(b"bytes")
    print(random.random())
    random.seed(3.5)
    print(random.random())
    random.seed(10 ** 30)
    print(random.random(), random.getrandbits(70))
    random.seed(7)
    print([random.randrange(10) for _ in range(10)], random.sample(range(100), 5), random.sample("abcdef", k=3))
    print(Counter(random.choices(["a", "b", "c"], cum_weights=[1, 5, 6], k=50)).most_common())
    print(round(random.normalvariate(0, 1), 10), round(random.lognormvariate(0, 0.5), 10))
    deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
    random.shuffle(deck)
    print(deck[:8], random.uniform(5, 1), random.randint(-3, -1))
    try:
        random.randrange(5, 5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.choice([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        random.sample([1, 2], 3)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
