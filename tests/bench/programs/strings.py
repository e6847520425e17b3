# String building: concatenation in a loop, join, and f-strings.
parts = []
s = ""
for i in range(200000):
    s += str(i % 10)
    parts.append(f"{i}:{i % 7}")
joined = ",".join(parts)
print(len(s), len(joined))
