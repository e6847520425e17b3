# random.Random instances have every method of the module functions, including the
# less used distributions and randbytes.
import random

r = random.Random(1)
print(r.randbytes(4), r.paretovariate(2.0), r.weibullvariate(1, 2), r.betavariate(2, 3))
print(r.gammavariate(2.0, 1.5), r.vonmisesvariate(0, 1), r.lognormvariate(0, 1))
print(random.Random(5).randbytes(3) == random.Random(5).randbytes(3))
