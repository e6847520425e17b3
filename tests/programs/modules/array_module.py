import array
a = array.array("i", [5, 1, 4]); a.append(2); a.extend([9, 9])
print(a, len(a), a[1], a[1:3], a.pop(), a.index(4), a.count(9), 4 in a, a.tolist(), a.itemsize, a.typecode)
print(a.tobytes(), array.array("d", [1.5, 2.5]), array.array("B", b"abc"), array.array("u", "hi"), array.array("f", [0.1]))
a[1:3] = array.array("i", [0, 0, 0]); print(a, a + a, a * 2, sum(a), sorted(a))
for bad in (lambda: array.array("b", [300]), lambda: array.array("z"), lambda: array.array("I", [-1])):
    try: bad()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
