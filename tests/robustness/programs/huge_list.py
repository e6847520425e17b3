# A 10**9-element list does not fit under the memory cap: MemoryError, then life goes on.
try:
    big = [0] * 10**9
    print("allocated", len(big))
except MemoryError as e:
    print(type(e).__name__, repr(str(e)))
print(sum([1] * 1000))
