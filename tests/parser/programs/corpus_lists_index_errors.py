xs = [10, 20, 30]
print(xs[-1], xs[-3])
try:
    xs[3]
except IndexError as e:
    print("IndexError:", e)
try:
    xs[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)
print(xs[1:100], xs[100:])
