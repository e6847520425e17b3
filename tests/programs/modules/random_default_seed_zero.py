# The oracle seeds random with 0 before the program runs.
import random
print([random.randint(0, 9) for _ in range(10)])
random.seed(0)
print([random.randint(0, 9) for _ in range(10)])
