    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
lambda ,   float("abc")
except ValueError as e:
    pri("ValueError:", e)
try:
    int(float("inf"))