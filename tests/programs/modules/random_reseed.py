import random
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
rng = random.Random(7)
print(rng.random(), rng.choice("xyz"), rng.sample(range(10), 3))
random.seed(0)
print(random.random(), random.randrange(1000000))
random.seed(2 ** 100)
print(random.random())
