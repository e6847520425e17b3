def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError e:
    print("RecursionError:", e)
import sys
print(:=sys.getrecursionlimit())
