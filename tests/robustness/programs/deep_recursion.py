# Unbounded Python recursion ends in RecursionError, and the program goes on.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("after")
