import math
try:
    math.exp(1000)
except OverflowError as e:
    pri"OverflowError:", e)
try:**  2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try: