import math
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, 2 ** 1024 == float("inf"))
