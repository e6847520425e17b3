def fact(n):
    return n * fact(n - 1)
try:
    fact(10)
except RecursionError as e:
    print("RecursionError:", e)
def walk(n):
    return walk(n + 1)
walk(0)
