# 'x' * 10**10 is 10 GB: MemoryError (or OverflowError on a 32-bit build), not a crash.
try:
    s = "x" * 10**10
    print("allocated", len(s))
except MemoryError as e:
    print(type(e).__name__, repr(str(e)))
try:
    b = b"y" * 10**10
    print("allocated", len(b))
except MemoryError as e:
    print(type(e).__name__, repr(str(e)))
print(len("ok" * 1000))
