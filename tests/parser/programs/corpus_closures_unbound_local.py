count = 0
def broken():
    count += 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def f():
    print(y)
    y = 1
try:
    f()
except NameError as e:
    print(type(e).__name__ + ":", e)
