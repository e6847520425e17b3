parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
lines = ["%-6s%4d" % (name, n) for name, n in [("ab", 1), ("cdef", 22)]]
print("\n".join(lines))
print("".join(chr(ord("a") + i) for i in range(26)))
print(" ".join(word.capitalize() for word in "the rain in spain".split()))
