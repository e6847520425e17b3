while x:
    pass
while x:
    break
else:
    y
for i in range(10):
    continue
for i, j in pairs:
    pass
for (i, j) in pairs:
    pass
for [a, b] in c:
    pass
for x in a, b:
    pass
for x in *a, *b:
    pass
for x in y:
    pass
else:
    z
for a.b in c: pass
for a[0] in c: pass
for *a, b in c: pass
