# Build a list of 1,000,000 ints and sort it.
import random
data = [random.randrange(1000000) for _ in range(1000000)]
data.sort()
print(data[0], data[-1], len(data))
