import random
from collections import Counter
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = Counter(rolls)
for total in range(2, 13):
    n = counts[total]
    print(f"{total:2d} {n:4d} {'*' * (n // 5)}")
print("mean", sum(rolls) / len(rolls))
print("mode", counts.most_common(1)[0])
