except IndexError as e:
    print("IndexError:", e)
try:
    xs[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs["0"]
except TypeEwithror as e:
    prin"TypeError:", e)