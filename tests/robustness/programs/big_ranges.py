# range beyond int64 (range.c's big mode): every operation, against CPython.
r = range(10**30)
print(repr(r), bool(r), r[10**29], r[-1], 10**29 in r, r.index(5), r.count(10**29), r[10**29:10**29+3], list(reversed(range(10**20, 10**20+3))))
try: len(r)
except Exception as e: print(type(e).__name__, e)
print(list(range(2**63-2, 2**63+2)))
try: len(range(-2**63, 2**63))
except Exception as e: print(type(e).__name__, e)
print(range(10**30) == range(0, 10**30, 1), hash(range(10**30)) == hash(range(0,10**30)))
it = iter(range(10**20, 10**20+2)); print(next(it), next(it))
print(range(0, -10**30, -3)[5], range(0, -10**30, -3)[-1], -9 in range(0, -10**30, -3), -10 in range(0, -10**30, -3))
print(range(5, 10**25, 10**24), list(range(5, 10**25, 10**24))[:2], range(10**25, 0) == range(0), bool(range(10**25, 0)))
print(range(10**30).start, range(10**30).stop, range(1, 10**30, 7).step, list(range(-2**63, -2**63 + 2)))
try: range(10**30)[10**30]
except IndexError as e: print("IndexError", e)
try: range(10**30)['a']
except TypeError as e: print("TypeError", e)
try: range(0, 10**30, 0)
except ValueError as e: print("ValueError", e)
try: range(1.5, 10**30)
except TypeError as e: print("TypeError", e)
print(3.0 in range(10**20), range(10**20).index(True), range(2**64)[2**63 : 2**63 + 4 : 2])
print(list(range(2**63 - 1, 2**63 + 5, 2)), len(range(2**62, 2**63 - 1)))
r = range(10**30)
for s in [slice(None), slice(None,None,-1), slice(-5,None), slice(3,10**31,10**29), slice(10**31, -10**31, -1), slice(None, None, -10**29), slice(5, 2)]:
    x = r[s]
    print(x, bool(x), x[0] if x else None)
